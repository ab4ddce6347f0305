// The territory map: every located place's cell (GET /api/v1/map/areas: the part of the country nearer to it than to
// any other place), shaded in the colour of the side that holds it, the same colours as the markers. A cell is hatched
// when its control is only claimed or contested (with white) or when a claim challenges the holder (with the
// challenger's colour), and outlined dashed when contested. The server computes the cells; the page only colours them,
// from the same properties the API gives, and recolours a cell from the hub's locationUpdated.

import { api } from './core.js';

const SVG = 'http://www.w3.org/2000/svg';
const SIDE_VARS = ['government', 'opposition', 'sdf', 'other', 'unknown'];

/** What a cell shows, from an area feature's properties or from a locationUpdated (control, challenge). */
export function cellFromUpdate(update) {
  const c = update.control;
  const ch = update.challenge;
  return {
    side: c?.side ?? null, actorId: c?.actorId ?? null, confidence: c?.confidence ?? null,
    challenged: Boolean(ch), challengerSide: ch?.side ?? null, challengeConfidence: ch?.confidence ?? null,
    contested: c?.confidence === 'contested' || ch?.confidence === 'contested',
  };
}

export class TerritoryLayer {
  constructor(map, { onOpen }) {
    this.map = map;
    this.onOpen = onOpen;
    this.cells = new Map(); // locationId -> { props, layer }
    // above the country outline's backdrop (overlay pane, 400), below markers (600) and their labels
    const pane = map.createPane('territory');
    pane.style.zIndex = 450;
    // the markers carry each place's accessible name and are the keyboard's stops; the shading is only a picture of them
    pane.setAttribute('aria-hidden', 'true');
    this.renderer = L.svg({ pane: 'territory', padding: 0.5 });
    this.group = L.layerGroup();
    const css = getComputedStyle(document.documentElement);
    this.colours = Object.fromEntries(SIDE_VARS.map(s => [s, css.getPropertyValue('--' + s).trim() || '#9aa5b1']));
    this.colours.white = '#ffffff';
  }

  get shown() { return this.map.hasLayer(this.group); }

  show(on) { if (on) this.group.addTo(this.map); else this.group.remove(); }

  /**
   * Reloads every cell: on start, after a reconnect, and when the gazetteer may have changed. A cell that
   * `newer(id)` says was updated live after the snapshot was asked for keeps what the update said.
   */
  async refresh(newer = () => false) {
    const geo = await api('/map/areas');
    const seen = new Set();
    for (const f of geo.features) {
      const id = f.properties.locationId;
      seen.add(id);
      const known = this.cells.get(id);
      const props = known && newer(id) ? known.props : f.properties;
      if (known && JSON.stringify(known.geometry) === JSON.stringify(f.geometry)) {
        this.set(id, props);
        continue;
      }
      if (known) this.group.removeLayer(known.layer);
      const layer = L.geoJSON(f, { renderer: this.renderer, pane: 'territory', interactive: true, bubblingMouseEvents: false });
      layer.on('click', () => this.onOpen(id));
      this.cells.set(id, { props, geometry: f.geometry, layer });
      this.group.addLayer(layer);
      layer.on('add', () => this.paint(id));
      if (this.shown) this.paint(id);
    }
    for (const [id, { layer }] of this.cells) {
      if (!seen.has(id)) { this.group.removeLayer(layer); this.cells.delete(id); }
    }
  }

  /** New control for a place: recolour its cell; true when what it shows changed. */
  set(id, props) {
    const cell = this.cells.get(id);
    if (!cell) return false;
    const before = key(cell.props);
    cell.props = { ...cell.props, ...props };
    const changed = before !== key(cell.props);
    this.paint(id, changed);
    return changed;
  }

  paint(id, flash = false) {
    const { props: p, layer } = this.cells.get(id);
    const side = p.side || 'unknown';
    const hatch = p.challenged && p.challengerSide ? p.challengerSide
      : p.side && p.confidence && p.confidence !== 'confirmed' ? 'white' : null;
    const fill = hatch ? `url(#${this.pattern(side, hatch)})` : this.colours[side];
    layer.setStyle({
      fillColor: fill, fillOpacity: p.side ? (hatch ? 0.6 : 0.42) : 0.18,
      color: p.contested ? this.colours[side] : '#ffffff', weight: p.contested ? 1.6 : 0.8, opacity: 0.9,
      dashArray: p.contested ? '4 3' : null,
    });
    layer.eachLayer(path => {
      const node = path.getElement?.();
      if (!node) return;
      node.setAttribute('class', ['leaflet-interactive', 'territory-cell', side,
        hatch ? 'hatched' : '', p.challenged ? 'challenged by-' + p.challengerSide : '', p.contested ? 'contested' : '',
        flash ? 'changed' : ''].filter(Boolean).join(' '));
      node.dataset.id = id;
      node.dataset.side = side;
      node.dataset.confidence = p.confidence || '';
      node.dataset.challenger = p.challengerSide || '';
      node.dataset.contested = String(Boolean(p.contested));
    });
  }

  /** An SVG pattern of diagonal stripes, the holder's colour and another, made once per pair in the layer's SVG. */
  pattern(holder, other) {
    const id = `hatch-${holder}-${other}`;
    const svg = this.map.getPane('territory').querySelector('svg');
    if (!svg || svg.querySelector('#' + id)) return id;
    let defs = svg.querySelector('defs');
    if (!defs) { defs = document.createElementNS(SVG, 'defs'); svg.prepend(defs); }
    const pattern = document.createElementNS(SVG, 'pattern');
    for (const [k, v] of Object.entries({ id, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' })) pattern.setAttribute(k, v);
    for (const [x, width, colour] of [[0, 8, this.colours[other]], [0, 4.5, this.colours[holder]]]) {
      const rect = document.createElementNS(SVG, 'rect');
      for (const [k, v] of Object.entries({ x, y: 0, width, height: 8, fill: colour })) rect.setAttribute(k, v);
      pattern.append(rect);
    }
    defs.append(pattern);
    return id;
  }
}

function key(p) {
  return [p.side, p.actorId, p.confidence, p.challenged, p.challengerSide, p.challengeConfidence, p.contested].join('/');
}
