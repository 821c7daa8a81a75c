// Organization module: the reductions chart (ECharts). Data comes from data attributes; no inline script (CSP).
(function () {
  "use strict";
  function draw() {
    var el = document.getElementById("reductions-chart");
    if (!el || typeof echarts === "undefined") {
      return;
    }
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: "axis" },
      legend: { data: [el.dataset.beforeLabel, el.dataset.afterLabel] },
      xAxis: { type: "category", data: JSON.parse(el.dataset.labels) },
      yAxis: { type: "log", logBase: 10, min: 1 },
      series: [
        { name: el.dataset.beforeLabel, type: "bar", data: JSON.parse(el.dataset.before).map(function (v) { return v || null; }) },
        { name: el.dataset.afterLabel, type: "bar", data: JSON.parse(el.dataset.after).map(function (v) { return v || null; }) }
      ]
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
