// Opora: network mentoring charts. No inline scripts (CSP): each canvas names its JSON endpoint and its labels.
(function () {
  'use strict';
  var palette = ['#6f42c1', '#0d6efd', '#198754', '#fd7e14', '#20c997', '#d63384', '#6c757d', '#0dcaf0', '#ffc107',
    '#dc3545', '#6610f2', '#adb5bd'];

  function draw(canvas) {
    fetch(canvas.dataset.url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data || !window.Chart) {
          return;
        }
        var datasets = data.lines.map(function (line, i) {
          var label = line.name || canvas.dataset['label' + line.kind.charAt(0).toUpperCase() + line.kind.slice(1)] || line.kind;
          var colour = line.kind === 'mentees' || line.kind === 'mentee' ? '#dc3545'
            : (line.kind === 'mentors' || line.kind === 'mentor' ? '#198754' : palette[i % palette.length]);
          return {
            label: label,
            data: line.values,
            borderColor: colour,
            backgroundColor: colour,
            borderWidth: line.main ? 3 : 1,
            pointRadius: line.main ? 4 : 2,
            spanGaps: true,
            hidden: false
          };
        });
        new window.Chart(canvas, {
          type: 'line',
          data: { labels: data.years.map(String), datasets: datasets },
          options: {
            maintainAspectRatio: false,
            scales: { y: { beginAtZero: true, title: { display: true, text: canvas.dataset.y } } },
            plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } }
          }
        });
      });
  }

  document.querySelectorAll('canvas[data-url]').forEach(draw);
})();
