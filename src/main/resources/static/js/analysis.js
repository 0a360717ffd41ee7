// Opora: «Анализ школ» — upload progress of the import forms and the scatter chart.
// No inline scripts (CSP): the page hands data over through data attributes and a JSON endpoint.
(function () {
  'use strict';

  // upload progress of forms marked data-upload-progress (sent by htmx)
  document.addEventListener('htmx:xhr:loadstart', function (event) {
    var form = event.target.closest && event.target.closest('form[data-upload-progress]');
    if (!form) {
      return;
    }
    var bar = form.querySelector('progress');
    var error = form.querySelector('[data-upload-error]');
    if (bar) {
      bar.hidden = false;
      bar.value = 0;
    }
    if (error) {
      error.hidden = true;
    }
    var button = form.querySelector('button[type=submit]');
    if (button) {
      button.disabled = true;
    }
  });
  document.addEventListener('htmx:xhr:progress', function (event) {
    var form = event.target.closest && event.target.closest('form[data-upload-progress]');
    var bar = form && form.querySelector('progress');
    if (bar && event.detail.lengthComputable) {
      bar.value = Math.round(event.detail.loaded * 100 / event.detail.total);
      if (bar.value >= 100) {
        bar.removeAttribute('value'); // indeterminate while the server checks the rows
      }
    }
  });
  document.addEventListener('htmx:responseError', function (event) {
    var form = event.target.closest && event.target.closest('form[data-upload-progress]');
    if (!form) {
      return;
    }
    var bar = form.querySelector('progress');
    var error = form.querySelector('[data-upload-error]');
    var button = form.querySelector('button[type=submit]');
    if (bar) {
      bar.hidden = true;
    }
    if (error) {
      error.hidden = false;
    }
    if (button) {
      button.disabled = false;
    }
  });

  // a select with data-navigate-param reloads the page with that query parameter
  document.addEventListener('change', function (event) {
    var name = event.target.getAttribute && event.target.getAttribute('data-navigate-param');
    if (!name) {
      return;
    }
    var url = new URL(window.location.href);
    url.searchParams.set(name, event.target.value);
    window.location.assign(url.toString());
  });

  // the four quadrants: dashed threshold lines and the group names in the corners
  var quadrants = {
    id: 'oporaQuadrants',
    afterDraw: function (chart, args, options) {
      if (options.x == null || options.y == null) {
        return;
      }
      var ctx = chart.ctx;
      var area = chart.chartArea;
      var x = chart.scales.x.getPixelForValue(options.x);
      var y = chart.scales.y.getPixelForValue(options.y);
      ctx.save();
      ctx.strokeStyle = '#6c757d';
      ctx.setLineDash([6, 4]);
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(x, area.top);
      ctx.lineTo(x, area.bottom);
      ctx.moveTo(area.left, y);
      ctx.lineTo(area.right, y);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = '#6c757d';
      ctx.font = '12px system-ui, sans-serif';
      var pad = 6;
      ctx.textBaseline = 'top';
      ctx.textAlign = 'left';
      ctx.fillText(options.labels.resilient, area.left + pad, area.top + pad);
      ctx.textAlign = 'right';
      ctx.fillText(options.labels.strong, area.right - pad, area.top + pad);
      ctx.textBaseline = 'bottom';
      ctx.fillText(options.labels.riskZone, area.right - pad, area.bottom - pad);
      ctx.textAlign = 'left';
      ctx.fillText(options.labels.lowAdverse, area.left + pad, area.bottom - pad);
      ctx.restore();
    }
  };

  function format(value) {
    return Number(value).toLocaleString(document.documentElement.lang || 'ru', { maximumFractionDigits: 1 });
  }

  // axes fit the points and the thresholds, in steps of ten
  function axisBounds(data) {
    var xs = data.points.map(function (p) { return Number(p.x); });
    var ys = data.points.map(function (p) { return Number(p.y); });
    if (data.wellbeingThreshold != null) {
      xs.push(Number(data.wellbeingThreshold));
      ys.push(Number(data.lowShareThreshold));
    }
    var xMin = xs.length ? Math.max(0, Math.floor((Math.min.apply(null, xs) - 5) / 10) * 10) : 0;
    var yMax = ys.length ? Math.min(100, Math.ceil((Math.max.apply(null, ys) + 5) / 10) * 10) : 100;
    return { xMin: xMin, yMax: yMax };
  }

  function drawChart(canvas) {
    if (typeof window.Chart === 'undefined') {
      return;
    }
    fetch(canvas.getAttribute('data-url'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        var empty = document.getElementById('chart-empty');
        if (empty) {
          empty.hidden = data.points.length > 0;
        }
        var datasets = data.groups.map(function (group) {
          var points = data.points.filter(function (p) { return p.group === group.key; });
          return {
            label: group.label,
            data: points.map(function (p) {
              return { x: Number(p.x), y: Number(p.y), share: p.share, name: p.name, url: p.url, persistent: p.persistentlyLow };
            }),
            backgroundColor: group.colour,
            borderColor: points.map(function (p) { return p.persistentlyLow ? '#212529' : group.colour; }),
            borderWidth: points.map(function (p) { return p.persistentlyLow ? 2 : 1; }),
            pointStyle: points.map(function (p) { return p.persistentlyLow ? 'rectRot' : 'circle'; }),
            pointRadius: 6,
            pointHoverRadius: 8
          };
        }).filter(function (d) { return d.data.length > 0; });
        var bounds = axisBounds(data);
        var chart = new window.Chart(canvas, {
          type: 'scatter',
          data: { datasets: datasets },
          options: {
            maintainAspectRatio: false,
            animation: false,
            scales: {
              x: { min: bounds.xMin, max: 100, title: { display: true, text: data.labels.x } },
              y: { min: 0, max: bounds.yMax, reverse: true, title: { display: true, text: data.labels.y } }
            },
            plugins: {
              legend: { position: 'bottom' },
              tooltip: {
                callbacks: {
                  label: function (item) {
                    var raw = item.raw;
                    // the same words and the same figure as the table's columns
                    return raw.name + ': ' + data.labels.xShort + ' ' + format(raw.x) + '; '
                      + data.labels.yShort + ' ' + (raw.share != null ? format(raw.share) : '—')
                      + (raw.persistent ? ' (' + data.labels.persistentlyLow + ')' : '');
                  }
                }
              },
              oporaQuadrants: {
                x: data.wellbeingThreshold, y: data.lowShareThreshold, labels: data.labels
              }
            },
            onClick: function (event, elements) {
              if (elements.length > 0) {
                var point = chart.data.datasets[elements[0].datasetIndex].data[elements[0].index];
                window.location.assign(point.url);
              }
            }
          },
          plugins: [quadrants]
        });
        canvas.setAttribute('data-points', String(data.points.length));
      })
      .catch(function () {
        var empty = document.getElementById('chart-empty');
        if (empty) {
          empty.hidden = false;
        }
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var canvas = document.getElementById('analysis-chart');
    if (canvas) {
      drawChart(canvas);
    }
  });
})();
