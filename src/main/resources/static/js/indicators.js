// Opora: «Показатели проекта» charts. No inline scripts (CSP): each canvas carries its labels and values.
(function () {
  'use strict';

  function numbers(text) {
    return (text || '').split(';').map(function (v) { return v === '' ? null : Number(v); });
  }

  function trend(canvas) {
    var labels = (canvas.dataset.labels || '').split('|');
    new window.Chart(canvas, {
      type: 'line',
      data: {
        labels: labels,
        datasets: [
          { label: canvas.dataset.labelValue, data: numbers(canvas.dataset.values), borderColor: '#0d6efd',
            backgroundColor: '#0d6efd', borderWidth: 2, pointRadius: 2, spanGaps: true },
          { label: canvas.dataset.labelTarget, data: numbers(canvas.dataset.targets), borderColor: '#adb5bd',
            backgroundColor: '#adb5bd', borderWidth: 1, borderDash: [4, 3], pointRadius: 1, spanGaps: true }
        ]
      },
      options: {
        responsive: false, animation: false,
        plugins: { legend: { display: false } },
        scales: { x: { display: false }, y: { display: false, beginAtZero: true } }
      }
    });
  }

  function bars(canvas) {
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: (canvas.dataset.labels || '').split('|'),
        datasets: [{ label: canvas.dataset.labelValue, data: numbers(canvas.dataset.values), backgroundColor: '#0d6efd' }]
      },
      options: {
        responsive: false, animation: false,
        plugins: { legend: { display: false } },
        scales: { x: { ticks: { font: { size: 9 } } }, y: { beginAtZero: true, ticks: { font: { size: 9 } } } }
      }
    });
  }

  if (!window.Chart) {
    return;
  }
  document.querySelectorAll('canvas.ind-trend').forEach(trend);
  document.querySelectorAll('canvas.ind-bar-chart').forEach(bars);
})();
