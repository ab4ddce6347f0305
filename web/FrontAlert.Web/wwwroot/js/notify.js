// The header's "Notify me" control on the live feed and on a location page: subscribes this browser to Web Push for
// the area on screen (the feed's ?area=, the location page's ?id=) at a minimum severity chosen in a small sheet.
// The page's own script is untouched: the area is read from the URL when the control is used.

import { catalog, el, params, toast, SEVERITIES } from './core.js';
import { SEVERITY_NAMES, covers, describe, registerWorker, stored, subscribe, unsupportedReason, withArea } from './push.js';

const button = document.getElementById('notify');

function currentArea() {
  const value = params().get(button.dataset.scopeParam || 'area');
  return value || null;
}

function currentSeverity(record) {
  const min = params().get('min');
  if (button.dataset.scopeParam === 'area' && SEVERITIES.includes(min)) return min; // the feed's own filter
  return record?.minSeverity || 'warning';
}

async function refresh() {
  const record = stored();
  const area = currentArea();
  const cat = await catalog().catch(() => null);
  const on = covers(record, area, cat);
  button.setAttribute('aria-pressed', String(on));
  button.dataset.state = on ? 'on' : 'off';
  button.querySelector('.long').textContent = on ? 'Notifying' : 'Notify me';
  button.title = on ? 'This browser gets notifications for this area: change them' : 'Get a notification on this device when an alert is raised here';
}

async function openSheet() {
  const record = stored();
  const area = currentArea();
  const cat = await catalog().catch(() => null);
  const name = id => (cat ? cat.place(id) : id);
  const areaName = area ? name(area) : 'all of Syria';
  const severity = el('select', { id: 'notify-severity', name: 'minSeverity' },
    SEVERITIES.map(s => el('option', { value: s, selected: s === currentSeverity(record) }, SEVERITY_NAMES[s])));
  const status = el('p.field-error', { role: 'status', id: 'notify-status' });
  const already = covers(record, area, cat);
  const others = record?.scopeIds?.length ? record.scopeIds.map(name).join(', ') : 'all of Syria';
  const dialog = el('dialog.sheet', { id: 'notify-sheet', 'aria-labelledby': 'notify-h' });
  const turnOn = el('button.btn.primary', { type: 'submit', value: 'on', id: 'notify-on' }, already ? 'Save' : 'Turn on');
  const form = el('form', { method: 'dialog' },
    el('div.sheet-head', el('h2', { id: 'notify-h' }, `Notifications for ${areaName}`)),
    el('div.sheet-body',
      el('p', { style: 'margin-top:0' }, 'This device shows a notification when an alert is raised here, even with FrontAlert closed.'),
      record ? el('p.muted.small', { id: 'notify-current' }, `This browser already gets notifications for: ${others}.`,
        already ? '' : ` Turning this on adds ${areaName}.`) : null,
      el('div.field', el('label', { for: 'notify-severity' }, 'Minimum severity'), severity),
      status,
      el('a', { href: '/settings.html' }, 'All notification settings')),
    el('div.sheet-foot',
      el('button.btn', { type: 'submit', value: 'cancel', formnovalidate: true }, 'Cancel'),
      turnOn));
  dialog.append(form);
  document.body.append(dialog);
  dialog.addEventListener('close', () => dialog.remove());
  form.addEventListener('submit', async event => {
    if (event.submitter?.value !== 'on') return;
    event.preventDefault();
    turnOn.disabled = true;
    status.textContent = '';
    try {
      const scopeIds = already ? (record.scopeIds || []) : withArea(record?.scopeIds, area);
      await subscribe({ scopeIds: record ? scopeIds : (area ? [area] : []), minSeverity: severity.value, kinds: record?.kinds, minConfidence: record?.minConfidence });
      dialog.close();
      toast(`Notifications on for ${areaName}`);
    } catch (e) {
      status.textContent = describe(e);
      turnOn.disabled = false;
    }
    refresh();
  });
  dialog.showModal();
}

async function main() {
  const reason = unsupportedReason();
  if (reason) return; // the control stays hidden; the settings page says why
  button.hidden = false;
  button.addEventListener('click', () => openSheet());
  window.addEventListener('popstate', refresh);
  // The feed changes its filter with pushState, which fires no event: look again when the control is about to be used.
  button.addEventListener('pointerenter', refresh);
  button.addEventListener('focus', refresh);
  await refresh();
  registerWorker().catch(() => {}); // installs the worker on the first visit, so the app is installable
}

if (button) main();
