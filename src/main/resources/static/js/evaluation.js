// Evaluation module: the grade distribution chart of the batch summary (ECharts, stacked bars per unit).
// Data comes from data attributes; no inline script (CSP).
(function () {
  "use strict";
  var GRADES = [
    { key: "htxsnv", color: "#2e7d32" },
    { key: "httnv", color: "#1565c0" },
    { key: "htnv", color: "#f9a825" },
    { key: "khtnv", color: "#c62828" }
  ];
  function draw() {
    var el = document.getElementById("grade-chart");
    if (!el || typeof echarts === "undefined") {
      return;
    }
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { data: GRADES.map(function (g) { return g.key.toUpperCase(); }) },
      grid: { left: 8, right: 8, containLabel: true },
      xAxis: { type: "value" },
      yAxis: { type: "category", data: JSON.parse(el.dataset.labels), inverse: true },
      series: GRADES.map(function (g) {
        return { name: g.key.toUpperCase(), type: "bar", stack: "grades", color: g.color,
                 data: JSON.parse(el.dataset[g.key]) };
      })
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
