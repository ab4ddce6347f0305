// The live connection to /hubs/alerts (the @microsoft/signalr browser client, served from /lib).
// Subscribes with afterSeq = the last seq this page has seen, so after any drop (network, server restart, the server
// shedding a slow subscriber) it resumes exactly where it stopped: no gap, no repeat (repeats are also dropped here).
// If the hub cannot be reached at all it falls back to polling GET /api/v1/alerts, and keeps trying the hub.

import { api } from './core.js';

const HUB = '/hubs/alerts';
const STATUS_TEXT = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
  polling: 'Live (polling)',
};

export class LiveStream {
  /**
   * @param {object} o
   * @param {() => {scopeIds: string[], minSeverity: string|null}} o.filter what to subscribe to
   * @param {number|null} o.afterSeq last seq already shown; null = only what is raised from now on
   * @param {(alert) => void} [o.onAlert]
   * @param {(update) => void} [o.onLocation] locationUpdated({locationId, control, tolls})
   * @param {() => void} [o.onResync] called after a reconnect or while polling, so a page can refresh its snapshot
   * @param {(reset) => void} [o.onReset] reset({epoch, lastSeq, reason}): the hub moved this page's cursor (the log lost
   *   alerts, or more was missed than one replay gives); alerts after reset.lastSeq follow, possibly with seqs shown before
   * @param {HTMLElement} [o.statusEl] the header's connection pill
   */
  constructor({ filter, afterSeq = null, epoch = null, onAlert, onLocation, onResync, onReset, statusEl }) {
    Object.assign(this, { filter, onAlert, onLocation, onResync, onReset, statusEl });
    this.lastSeq = afterSeq;
    this.epoch = epoch;
    this.generation = 0;
    this.attempt = 0;
  }

  get state() { return this._state; }

  start() {
    this.generation++;
    const gen = this.generation;
    this.stopPolling();
    if (this.connection) {
      const old = this.connection;
      this.connection = null;
      old.stop().catch(() => {});
    }
    if (!window.signalR) {
      this.setStatus('polling', 'The live connection library did not load; polling instead');
      this.startPolling(gen);
      return;
    }
    const connection = new signalR.HubConnectionBuilder()
      .withUrl(HUB)
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ctx => Math.min(10_000, 500 * 2 ** Math.min(ctx.previousRetryCount, 5)) })
      .configureLogging(signalR.LogLevel.None)
      .build();
    connection.serverTimeoutInMilliseconds = 30_000;
    connection.keepAliveIntervalInMilliseconds = 10_000;
    connection.on('alert', alert => {
      if (gen !== this.generation) return;
      if (this.lastSeq !== null && alert.seq <= this.lastSeq) return; // already shown
      this.lastSeq = alert.seq;
      if (alert.epoch) this.epoch = alert.epoch;
      this.onAlert?.(alert);
    });
    connection.on('reset', reset => {
      if (gen !== this.generation) return;
      this.lastSeq = reset.lastSeq;
      this.epoch = reset.epoch;
      this.onReset?.(reset);
    });
    connection.on('locationUpdated', update => {
      if (gen === this.generation) this.onLocation?.(update);
    });
    connection.onreconnecting(() => gen === this.generation && this.setStatus('reconnecting', 'Connection lost; reconnecting'));
    connection.onreconnected(async () => {
      if (gen !== this.generation) return;
      try {
        await this.subscribe(connection);
        this.setStatus('live', 'Reconnected; resumed after alert #' + (this.lastSeq ?? 0));
        this.onResync?.();
      } catch {
        connection.stop().catch(() => {});
      }
    });
    connection.onclose(() => {
      if (gen !== this.generation) return;
      this.retryLater(gen);
    });
    this.connection = connection;
    this.connect(gen);
  }

  async connect(gen) {
    const connection = this.connection;
    this.setStatus(this.attempt === 0 ? 'connecting' : 'reconnecting');
    try {
      await connection.start();
      if (gen !== this.generation) return;
      await this.subscribe(connection);
      if (gen !== this.generation) return;
      this.attempt = 0;
      this.stopPolling();
      this.setStatus('live');
      this.onResync?.();
    } catch (error) {
      if (gen !== this.generation) return;
      connection.stop().catch(() => {});
      const missing = /404|Not Found/i.test(String(error?.message || error));
      if (missing || this.attempt >= 1) this.startPolling(gen);
      this.retryLater(gen);
    }
  }

  retryLater(gen) {
    this.attempt++;
    const delay = Math.min(15_000, 1000 * 2 ** Math.min(this.attempt - 1, 4));
    if (!this.polling) this.setStatus('offline', `Offline; retrying in ${Math.round(delay / 1000)} s`);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      if (gen !== this.generation) return;
      this.connection?.stop().catch(() => {});
      this.start();
    }, delay);
  }

  async subscribe(connection) {
    const { scopeIds, minSeverity } = this.filter();
    await connection.invoke('Subscribe', { scopeIds, minSeverity: minSeverity || null, afterSeq: this.lastSeq, epoch: this.epoch });
  }

  // ---------- polling fallback ----------

  startPolling(gen) {
    if (this.polling) return;
    this.polling = true;
    this.setStatus('polling');
    const tick = async () => {
      if (!this.polling || gen !== this.generation) return;
      try {
        await this.pollOnce();
        this.onResync?.();
      } catch { /* next tick */ }
      this.pollTimer = setTimeout(tick, 1000);
    };
    tick();
  }

  stopPolling() {
    this.polling = false;
    clearTimeout(this.pollTimer);
  }

  async pollOnce() {
    const { scopeIds, minSeverity } = this.filter();
    if (this.lastSeq === null) {
      this.lastSeq = await lastSeq();
      return;
    }
    const q = new URLSearchParams({ after: this.lastSeq, limit: 500 });
    if (scopeIds.length === 1) q.set('scopeId', scopeIds[0]);
    if (minSeverity) q.set('minSeverity', minSeverity);
    const page = await api('/alerts?' + q);
    if (page.length && this.epoch && page[0].epoch && page[0].epoch !== this.epoch) {
      // the log lost alerts since this page's cursor was read: the seqs no longer mean what they meant
      this.epoch = page[0].epoch;
      this.onReset?.({ epoch: this.epoch, lastSeq: this.lastSeq, reason: 'epoch' });
      return;
    }
    for (const alert of page) {
      if (alert.seq <= this.lastSeq) continue;
      this.lastSeq = alert.seq;
      if (alert.epoch) this.epoch = alert.epoch;
      this.onAlert?.(alert);
    }
  }

  setStatus(state, detail) {
    this._state = state;
    const pill = this.statusEl;
    if (!pill) return;
    pill.dataset.state = state;
    pill.querySelector('.label').textContent = STATUS_TEXT[state];
    pill.title = detail || STATUS_TEXT[state];
  }
}

/**
 * One page of GET /alerts with what its headers tell: the log's epoch and last seq (read before the page) and how far
 * a filtered scan got.
 */
export async function alertPage(query) {
  const response = await fetch('/api/v1/alerts?' + new URLSearchParams(query), { headers: { Accept: 'application/json' }, cache: 'no-store' });
  if (!response.ok) throw new Error(`GET /alerts: ${response.status}`);
  const alerts = await response.json();
  return {
    alerts,
    epoch: response.headers.get('FrontAlert-Epoch'),
    lastSeq: Number(response.headers.get('FrontAlert-Last-Seq') || 0),
    scannedTo: Number(response.headers.get('FrontAlert-Scanned-To') || 0),
  };
}

const NEWEST = Number.MAX_SAFE_INTEGER;

/** The newest seq in the whole alert log, and its epoch. */
export async function lastSeq() {
  return (await alertPage({ before: NEWEST, limit: 1 })).lastSeq;
}

/**
 * The newest `keep` alerts matching a filter (or older than `before`), oldest first, with the seq and epoch to resume
 * after: one request for the newest page, whatever the length of the log.
 */
export async function recentAlerts({ scopeId, minSeverity, keep = 200, before = NEWEST }) {
  const q = { before, limit: keep };
  if (scopeId) q.scopeId = scopeId;
  if (minSeverity) q.minSeverity = minSeverity;
  const page = await alertPage(q);
  const newest = page.alerts.length ? page.alerts[page.alerts.length - 1].seq : 0;
  return { alerts: page.alerts, lastSeq: Math.max(page.lastSeq, newest), epoch: page.epoch, scannedTo: page.scannedTo };
}
