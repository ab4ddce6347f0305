// FrontAlert's service worker. It does one job: each Web Push becomes a notification. A push of one alert (its
// payload is the alert JSON) is tagged with the alert's Location, so a later alert about the same place (the
// confirmation after a claim, a correction) replaces the earlier one instead of stacking; a click opens that place's
// page. A push of a group ({group: {...}}, a storm of one rule in one governorate) is tagged with the group, so each
// update of the storm replaces the last; a click opens the feed of that governorate.
// It is served from the site root so its scope covers every page, under the pages' Content-Security-Policy.
// It caches nothing: the pages are live views and must never show a stale picture of who holds what.

'use strict';

const ICON = '/img/icon-192.png';
const BADGE = '/img/badge-96.png';
const KIND_NAMES = { 'control-change': 'Control change', 'toll-threshold': 'Toll threshold', strike: 'Strike', correction: 'Correction' };

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

self.addEventListener('push', event => event.waitUntil(inTurn(readAlert(event.data))));

// Chromium runs push events in parallel, and show() reads a place's notification before replacing it: a confirmation
// and a late repeat of its claim arriving together would both read "nothing shown" and the older could land last.
// One queue per worker makes each push see what the one before it left on screen.
let turn = Promise.resolve();
function inTurn(alert) {
  const shown = turn.then(() => show(alert));
  turn = shown.catch(() => undefined);
  return shown;
}

self.addEventListener('notificationclick', event => {
  event.notification.close();
  event.waitUntil(openPage(event.notification.data?.url || '/'));
});

/** The alert in the payload; a payload that is not an alert still shows something, as a push must. */
function readAlert(data) {
  if (!data) return null;
  try {
    const value = data.json();
    if (value && typeof value === 'object' && value.group && typeof value.group === 'object') return asAlert(value.group);
    return value && typeof value === 'object' ? (value.alert && typeof value.alert === 'object' ? value.alert : value) : null;
  } catch {
    return { title: String(data.text() || '').slice(0, 200) };
  }
}

/** A group read as the alert show() expects: tagged by its key, its place the governorate, its link the feed there. */
function asAlert(group) {
  return {
    tag: text(group.groupKey) ? `group:${group.groupKey}` : null,
    url: text(group.scopeId) ? `/?area=${encodeURIComponent(group.scopeId)}` : '/',
    id: text(group.groupId), seq: group.seq, title: group.title, message: group.message, severity: group.severity,
    locationName: text(group.scopeName) ? `${group.scopeName} · ${Number(group.total) || 0} alerts` : 'FrontAlert',
  };
}

async function show(alert) {
  const locationId = typeof alert?.locationId === 'string' && alert.locationId ? alert.locationId : null;
  const tag = text(alert?.tag) || locationId || 'frontalert';
  const seq = Number.isFinite(alert?.seq) ? alert.seq : null;
  // At-least-once delivery may repeat an older alert after a newer one about the same place has been shown: keep the
  // newer one on screen (shown again quietly, since every push must show a notification).
  const [current] = await self.registration.getNotifications({ tag });
  if (current && seq !== null && Number.isFinite(current.data?.seq) && current.data.seq >= seq) {
    return self.registration.showNotification(current.title, { ...copyOptions(current), renotify: false, silent: true });
  }
  const place = text(alert?.locationName) || locationId || 'FrontAlert';
  const title = text(alert?.title) || `${place}: ${KIND_NAMES[alert?.kind] || 'new alert'}`;
  const facts = [place, KIND_NAMES[alert?.kind], text(alert?.confidence), text(alert?.severity)].filter(Boolean).join(' · ');
  const message = text(alert?.message);
  const body = message ? `${message}\n${facts}` : facts;
  return self.registration.showNotification(title.slice(0, 200), {
    tag,
    renotify: true,
    body: body.slice(0, 500),
    icon: ICON,
    badge: BADGE,
    lang: 'en',
    timestamp: Date.parse(alert?.raisedAt) || Date.now(),
    requireInteraction: alert?.severity === 'critical',
    data: {
      url: text(alert?.url) || (locationId ? `/location.html?id=${encodeURIComponent(locationId)}` : '/'),
      alertId: text(alert?.id),
      seq,
      locationId,
      severity: text(alert?.severity),
      confidence: text(alert?.confidence),
    },
  });
}

function copyOptions(n) {
  return { tag: n.tag, body: n.body, icon: n.icon, badge: n.badge, lang: n.lang, timestamp: n.timestamp, requireInteraction: n.requireInteraction, data: n.data };
}

function text(value) {
  return typeof value === 'string' ? value : '';
}

/** Focuses a window already on the place's page, else opens one. */
async function openPage(path) {
  const url = new URL(path, self.location.origin).href;
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const same = windows.find(w => w.url === url);
  if (same) return same.focus();
  return self.clients.openWindow(url);
}
