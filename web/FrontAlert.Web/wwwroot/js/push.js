// This browser's Web Push Subscription: the service worker, the browser's push subscription (PushManager with the
// server's VAPID key from /push/key) and the server's record of it (/subscriptions, answered with {id, token}).
// One Subscription per browser: "Notify me" on another area widens it. {id, token} and the filter are kept in
// localStorage; the token is the only proof of ownership, so it never leaves this origin except in its own header.

import { API, ApiError } from './core.js';

const STORE_KEY = 'frontalert.subscription';
const WORKER = '/sw.js';

export const SEVERITY_NAMES = { info: 'Every alert', warning: 'Warning and critical', critical: 'Critical only' };

/** Why this browser cannot take notifications, or null when it can. */
export function unsupportedReason() {
  if (!('serviceWorker' in navigator)) return 'This browser cannot run the notification worker (it needs HTTPS or localhost).';
  if (!('PushManager' in window) || !('Notification' in window)) return 'This browser does not support push notifications.';
  return null;
}

/** Registers the worker (idempotent; the browser re-checks /sw.js for updates) and returns the active registration. */
export async function registerWorker() {
  await navigator.serviceWorker.register(WORKER, { scope: '/' });
  return navigator.serviceWorker.ready;
}

/** {id, token, scopeIds, minSeverity, kinds, minConfidence, endpoint, createdAt} or null. */
export function stored() {
  try {
    const value = JSON.parse(localStorage.getItem(STORE_KEY) || 'null');
    return value && typeof value.id === 'string' && typeof value.token === 'string' ? value : null;
  } catch {
    return null;
  }
}

function keep(record) { localStorage.setItem(STORE_KEY, JSON.stringify(record)); }
export function forget() { localStorage.removeItem(STORE_KEY); }

/** fetch() on /subscriptions with the Subscription's token; throws ApiError with the problem details on failure. */
async function call(path, { method = 'GET', body, token } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers['X-Subscription-Token'] = token;
  const response = await fetch(API + path, { method, headers, cache: 'no-store', body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = { title: text }; }
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/** The server's view of this browser's Subscription (filters and delivery state), or null when it is gone. */
export async function fetchServerView(record = stored()) {
  if (!record) return null;
  try {
    return await call(`/subscriptions/${encodeURIComponent(record.id)}`, { token: record.token });
  } catch (e) {
    if (e.status === 404) return null; // removed: by its owner elsewhere, or by the server after the push service said 410
    throw e;
  }
}

/**
 * Subscribes this browser (asking for permission first) with the given filter, replacing any earlier Subscription:
 * the new one is created before the old one is deleted, so no alert falls between the two.
 * @param {{scopeIds: string[], minSeverity: string, kinds?: string[], minConfidence?: string|null}} filter
 */
export async function subscribe(filter) {
  const reason = unsupportedReason();
  if (reason) throw new Error(reason);
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') {
    throw new Error(permission === 'denied'
      ? 'Notifications are blocked for this site. Allow them in the browser\'s site settings, then try again.'
      : 'Notifications were not allowed.');
  }
  const registration = await registerWorker();
  const { publicKey } = await call('/push/key');
  const push = await pushSubscription(registration, publicKey);
  const json = push.toJSON();
  const body = {
    channel: 'webpush',
    endpoint: json.endpoint,
    keys: { p256dh: json.keys.p256dh, auth: json.keys.auth },
    scopeIds: filter.scopeIds,
    minSeverity: filter.minSeverity,
  };
  if (filter.kinds?.length) body.kinds = filter.kinds;
  if (filter.minConfidence) body.minConfidence = filter.minConfidence;
  const previous = stored();
  let created;
  try {
    created = await call('/subscriptions', { method: 'POST', body });
  } catch (e) {
    if (e.status !== 409 || !previous) throw e;
    await removeOnServer(previous); // this address holds as many Subscriptions as it may: make room with our own old one
    created = await call('/subscriptions', { method: 'POST', body });
  }
  const record = {
    id: created.id, token: created.token, endpoint: json.endpoint, createdAt: new Date().toISOString(),
    scopeIds: body.scopeIds, minSeverity: body.minSeverity, kinds: body.kinds || [], minConfidence: body.minConfidence || null,
  };
  keep(record);
  if (previous && previous.id !== record.id) await removeOnServer(previous).catch(() => {});
  return record;
}

/** Removes the Subscription on the server and the browser's push subscription; the browser then gets nothing. */
export async function unsubscribe() {
  const record = stored();
  if (record) await removeOnServer(record);
  forget();
  if (unsupportedReason()) return;
  const registration = await navigator.serviceWorker.getRegistration('/');
  const push = await registration?.pushManager.getSubscription();
  await push?.unsubscribe();
}

async function removeOnServer(record) {
  try {
    await call(`/subscriptions/${encodeURIComponent(record.id)}`, { method: 'DELETE', token: record.token });
  } catch (e) {
    if (e.status !== 404) throw e; // already gone is what we wanted
  }
}

/**
 * Whether the browser's push subscription was made for another server key than the one the server signs with now (the
 * embedded server makes a new key on each start): pushes to it would be refused, so it must subscribe again.
 */
export async function keyChanged() {
  if (unsupportedReason()) return false;
  const registration = await navigator.serviceWorker.getRegistration('/');
  const current = (await registration?.pushManager.getSubscription())?.options?.applicationServerKey;
  if (!current) return false;
  const { publicKey } = await call('/push/key');
  return !sameBytes(new Uint8Array(current), base64UrlBytes(publicKey));
}

/** The browser's push subscription for this server key; one made for another key (the server's changed) is replaced. */
async function pushSubscription(registration, publicKey) {
  const key = base64UrlBytes(publicKey);
  const existing = await registration.pushManager.getSubscription();
  if (existing) {
    const current = existing.options?.applicationServerKey;
    if (current && sameBytes(new Uint8Array(current), key)) return existing;
    await existing.unsubscribe();
  }
  return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
}

function base64UrlBytes(text) {
  const base64 = String(text).replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(raw, c => c.charCodeAt(0));
}

function sameBytes(a, b) {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** The filter widened by one area: empty scopeIds already means everywhere, and no area means everywhere. */
export function withArea(scopeIds, area) {
  if (!area || !scopeIds?.length) return [];
  return scopeIds.includes(area) ? scopeIds : [...scopeIds, area];
}

/** Whether a Subscription already covers the area: everywhere, the area itself, or an area around it. */
export function covers(record, area, cat) {
  if (!record) return false;
  if (!record.scopeIds?.length) return true;
  return area ? record.scopeIds.some(scope => (cat ? cat.isWithin(area, scope) : scope === area)) : false;
}

/** A refusal in words a person can act on; field errors are shown as the server wrote them (as text). */
export function describe(e) {
  if (e?.status === 429) return 'Too many notification subscriptions from this network right now. Try again later.';
  const fields = Object.entries(e?.fieldErrors || {}).map(([field, messages]) => `${field}: ${[].concat(messages).join(', ')}`);
  return [e?.message || String(e), ...fields].join(' · ');
}
