// Small page helpers: htmx error display and ECharts sparklines/charts (assets served locally).
document.addEventListener("htmx:responseError", function (e) {
  var box = document.getElementById("htmx-error");
  if (!box) return;
  box.hidden = false;
  box.innerHTML = '<li class="msg-error">' + (e.detail.xhr.status === 403 ? "无权执行此操作" : "请求失败（" + e.detail.xhr.status + "）") + "</li>";
});

function yuanquSparklines() {
  var data = document.getElementById("spark-data");
  if (!data || !window.echarts) return;
  var series = JSON.parse(data.textContent);
  document.querySelectorAll("[data-spark]").forEach(function (el) {
    var points = series[el.dataset.spark] || [];
    var chart = echarts.init(el, null, { renderer: "svg" });
    chart.setOption({
      animation: false, grid: { left: 2, right: 2, top: 4, bottom: 2 },
      xAxis: { type: "category", show: false, data: points.map(function (_, i) { return (i + 1) + "月"; }) },
      yAxis: { type: "value", show: false, scale: true },
      tooltip: { trigger: "axis", confine: true },
      series: [{ type: "line", data: points, symbol: "none", connectNulls: true, lineStyle: { width: 1.5 }, areaStyle: { opacity: 0.08 } }]
    });
  });
}

function yuanquIndicatorChart() {
  var data = document.getElementById("chart-data"), el = document.getElementById("indicator-chart");
  if (!data || !el || !window.echarts) return;
  var d = JSON.parse(data.textContent);
  echarts.init(el, null, { renderer: "svg" }).setOption({
    animation: false, tooltip: { trigger: "axis" }, legend: { data: [d.labels[0], d.labels[1], "同比(%)"] },
    xAxis: { type: "category", data: d.months },
    yAxis: [{ type: "value", name: d.unit }, { type: "value", name: "%", splitLine: { show: false } }],
    series: [
      { name: d.labels[0], type: "bar", data: d.this },
      { name: d.labels[1], type: "bar", data: d.last },
      { name: "同比(%)", type: "line", yAxisIndex: 1, data: d.growth }
    ]
  });
}

document.addEventListener("DOMContentLoaded", function () { yuanquSparklines(); yuanquIndicatorChart(); });
