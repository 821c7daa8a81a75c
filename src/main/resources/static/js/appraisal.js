// Appraisal module: the dashboard charts (ECharts). Each .chart element names its kind (data-chart) and the JSON
// endpoint it draws (data-url); series names come from data attributes. No inline script (CSP).
(function () {
  "use strict";
  var COLORS = { HTXSNV: "#2e7d32", HTTNV: "#1565c0", HTNV: "#f9a825", KHTNV: "#c62828" };

  function grades(el, d) {
    var series = Object.keys(d.series).map(function (g) {
      return { name: g, type: "bar", stack: "grades", color: COLORS[g], data: d.series[g] };
    });
    series.push({ name: el.dataset.pending, type: "bar", stack: "grades", color: "#9e9e9e", data: d.pending });
    return {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { data: series.map(function (s) { return s.name; }) },
      grid: { left: 8, right: 8, containLabel: true },
      xAxis: { type: "category", data: d.labels },
      yAxis: { type: "value" },
      series: series
    };
  }

  function completion(el, d) {
    var names = el.dataset.names.split("|");
    var data = [d.total, d.selfAssessed, d.appraised, d.decided];
    return {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { data: names },
      grid: { left: 8, right: 8, containLabel: true },
      xAxis: { type: "category", data: d.labels },
      yAxis: { type: "value" },
      series: names.map(function (n, i) { return { name: n, type: "bar", data: data[i] }; })
    };
  }

  function trend(el, d) {
    var names = el.dataset.names.split("|");
    return {
      tooltip: { trigger: "axis" },
      legend: { data: names },
      grid: { left: 8, right: 8, containLabel: true },
      xAxis: { type: "category", data: d.labels },
      yAxis: { type: "value", min: 0, max: 100 },
      series: [
        { name: names[0], type: "line", data: d.selfScore, connectNulls: true },
        { name: names[1], type: "line", data: d.taskPoints }
      ]
    };
  }

  var KINDS = { grades: grades, completion: completion, trend: trend };

  function draw() {
    if (typeof echarts === "undefined") {
      return;
    }
    document.querySelectorAll(".chart[data-chart]").forEach(function (el) {
      var kind = KINDS[el.dataset.chart];
      if (!kind) {
        return;
      }
      fetch(el.dataset.url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (d) {
          if (!d) {
            return;
          }
          var chart = echarts.init(el);
          chart.setOption(kind(el, d));
          window.addEventListener("resize", function () { chart.resize(); });
        });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
