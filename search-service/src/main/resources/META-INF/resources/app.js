// Factbridge search page: plain DOM, no dependencies. Text from the API only ever becomes text nodes;
// the one exception is the <mark> tags of Elasticsearch highlights, rebuilt as elements (see highlighted()).
'use strict';

(() => {
  const KEY_STORE = 'factbridge.apiKey';
  const HITS_PAGE = 10;
  const FACTS_PAGE = 20;
  const MENTIONS_PAGE = 20;
  /** The q of "Search passages mentioning it": the entity's names, as many as fit the search box. */
  const MAX_QUERY_CHARS = 1000;
  const MAX_DEPTH = 10000;
  const LANG_NAMES = {
    en: 'English', ko: 'Korean', 'zh-Hans': 'Chinese (Simplified)', 'zh-Hant': 'Chinese (Traditional)',
    zh: 'Chinese', ja: 'Japanese', und: 'Unknown language',
  };
  const QUALIFIERS = {
    approx: 'about', more_than: 'more than', less_than: 'less than', up_to: 'up to',
    as_little_as: 'as little as', order_of_magnitude: 'on the order of',
  };
  /** Entity types in the order a document lists them, each with its group's heading. */
  const ENTITY_TYPES = [
    ['ORG', 'Organizations'], ['PERSON', 'People'], ['PRODUCT', 'Products'], ['LOCATION', 'Places'],
    ['EVENT', 'Events'],
  ];
  const DURATIONS = { years: 'year', quarters: 'quarter', months: 'month', days: 'day', hours: 'hour', minutes: 'minute' };
  const SCALES = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
  const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  const EXACT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
  const PERCENT = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

  const $ = (id) => document.getElementById(id);
  const ui = {
    keyForm: $('key-form'), key: $('api-key'), forget: $('forget-key'), keyState: $('key-state'),
    form: $('search-form'), q: $('q'), lang: $('lang'),
    error: $('error'), status: $('status'), results: $('results'),
    factsSection: $('facts-section'), factsNote: $('facts-note'), factsTable: $('facts-table'),
    factsBody: $('facts-body'), moreFacts: $('more-facts'),
    passagesSection: $('passages-section'), facets: $('lang-facets'), hits: $('hits'), moreHits: $('more-hits'),
    entityFilter: $('entity-filter'), entityFacets: $('entity-facets'),
    docView: $('document-view'), back: $('back'), docTitle: $('doc-title'), docMeta: $('doc-meta'),
    docLanguages: $('doc-languages'), docSegments: $('doc-segments'),
    docEntities: $('doc-entities'), docEntitiesNote: $('doc-entities-note'),
    entityPanel: $('entity-panel'), entityTitle: $('entity-title'), entityName: $('entity-name'),
    entityType: $('entity-type'), closeEntity: $('close-entity'), entityNames: $('entity-names'),
    entityCounts: $('entity-counts'), entityActions: $('entity-actions'), entitySearch: $('entity-search'),
    entityMentions: $('entity-mentions'), moreMentions: $('more-mentions'),
    entityFactsNote: $('entity-facts-note'), entityFactsTable: $('entity-facts-table'),
    entityFactsBody: $('entity-facts-body'),
  };

  // What the results area currently shows, so returning from a document does not search again.
  const state = {
    q: '', lang: '', entity: '', shown: false, hitsFrom: 0, hitsTotal: 0, factsFrom: 0, factsTotal: 0,
    factsAvailable: true, controller: null, opener: null, fromResults: false,
  };

  // The entity panel of the document view: which entity it shows and how many of its mentions are listed.
  const panel = { id: null, name: '', names: [], mentionsFrom: 0, mentionsTotal: 0, controller: null };

  /** Names and types of the entities the API has named so far (entityId → {name, type}), for filter labels. */
  const knownEntities = new Map();

  // ---------- DOM helpers ----------

  /** Creates an element; attrs: class, text, lang, dataset entries as data-*, other attributes as is. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name === 'text') node.textContent = String(value);
      else if (name === 'dataset') Object.assign(node.dataset, value);
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function langName(lang) {
    return LANG_NAMES[lang] || lang || 'Unknown language';
  }

  /** A language badge: the tag in short for the eye, the language's name for screen readers. */
  function badge(lang) {
    return el('span', { class: 'badge', dataset: { lang: lang || 'und' }, title: langName(lang) },
      el('span', { 'aria-hidden': 'true', text: (lang || '?').toUpperCase() }),
      el('span', { class: 'visually-hidden', text: langName(lang) }));
  }

  function decodeEntities(s) {
    return s.replace(/&(lt|gt|amp|quot|#39|#x27|#x2F);/g, (m, e) => (
      { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", '#x27': "'", '#x2F': '/' }[e]));
  }

  /**
   * Rebuilds an Elasticsearch highlight: everything is text except <mark> and </mark>, which become <mark>
   * elements. When the highlighter HTML-encoded the text, the entities are decoded back to the plain text.
   */
  function highlighted(highlight, text) {
    const source = typeof highlight === 'string' && highlight ? highlight : (text || '');
    const tags = /<(\/?)mark>/g;
    const plain = source.replace(tags, '');
    const decode = text != null && plain !== text && decodeEntities(plain) === text;
    const fragment = document.createDocumentFragment();
    let open = null;
    let last = 0;
    const append = (s) => {
      if (s) (open || fragment).append(document.createTextNode(decode ? decodeEntities(s) : s));
    };
    for (const match of source.matchAll(tags)) {
      append(source.slice(last, match.index));
      if (match[1] === '' && !open) {
        open = document.createElement('mark');
      } else if (match[1] === '/' && open) {
        fragment.append(open);
        open = null;
      }
      last = match.index + match[0].length;
    }
    append(source.slice(last));
    if (open) fragment.append(open);
    return fragment;
  }

  // ---------- API ----------

  class ApiError extends Error {
    constructor(status, code, message) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }

  function apiKey() {
    try {
      return sessionStorage.getItem(KEY_STORE) || '';
    } catch {
      return ui.key.value.trim();
    }
  }

  async function api(path, params, signal) {
    const url = new URL(path, window.location.origin);
    for (const [name, value] of Object.entries(params || {})) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
    }
    let response;
    try {
      response = await fetch(url, {
        headers: { 'X-API-Key': apiKey(), Accept: 'application/json' }, signal, cache: 'no-store',
      });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new ApiError(0, 'unreachable', 'The search service cannot be reached.');
    }
    let body = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    if (!response.ok) {
      throw new ApiError(response.status, (body && body.error) || `http_${response.status}`,
        (body && body.message) || response.statusText || 'no reason given');
    }
    return body;
  }

  // ---------- messages ----------

  function showError(title, detail) {
    ui.error.replaceChildren(el('strong', { text: title }), detail ? el('span', { text: ` ${detail}` }) : '');
    ui.error.hidden = false;
  }

  function clearError() {
    ui.error.hidden = true;
    ui.error.replaceChildren();
  }

  function reportError(e) {
    if (e.status === 401 || e.status === 403) {
      showError('The API key was refused.',
        `${e.message}. Paste the key from .factbridge/secrets/api-key (./factbridge api-key) into the API key field.`);
      ui.key.focus();
    } else if (e.status >= 400 && e.status < 500) {
      showError('The request was not accepted:', e.message);
    } else if (e.status === 0) {
      showError('The search service cannot be reached.', 'Check that it is running, then try again.');
    } else {
      showError(`The search service failed (HTTP ${e.status}).`, 'Try again in a moment.');
    }
  }

  function setStatus(text) {
    ui.status.textContent = text;
  }

  function plural(n, one, many) {
    return `${NUMBER.format(n)} ${n === 1 ? one : many}`;
  }

  // ---------- API key ----------

  function showKeyState() {
    ui.keyState.textContent = apiKey() ? 'A key is set for this tab.' : 'No key set yet.';
  }

  function saveKey() {
    const key = ui.key.value.trim();
    if (!key) return false;
    try {
      sessionStorage.setItem(KEY_STORE, key);
    } catch {
      // storage refused (private mode): the key stays in the field, apiKey() falls back to it
    }
    ui.key.value = '';
    showKeyState();
    return true;
  }

  ui.keyForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (saveKey()) {
      clearError();
      if (state.q && !state.shown) route();
    } else {
      ui.key.focus();
    }
  });

  ui.forget.addEventListener('click', () => {
    try {
      sessionStorage.removeItem(KEY_STORE);
    } catch {
      // nothing stored
    }
    ui.key.value = '';
    showKeyState();
    ui.key.focus();
  });

  // ---------- values ----------

  function scaleOf(reference) {
    for (const [factor, word] of SCALES) {
      if (Math.abs(reference) >= factor) return [factor, word];
    }
    return [1, ''];
  }

  /** How a quote's currency was decided when it writes a symbol several currencies share ($, ¥, 元). */
  const UNIT_BASES = {
    document: ['named in the document', 'the document names this currency elsewhere'],
    language: ['by the language', 'the text\'s language decides what this symbol means (¥ is yuan in Chinese)'],
    default: ['assumed', 'nothing in the document says which dollar: US dollars assumed'],
  };

  function unitBasisNote(basis, unit) {
    const words = UNIT_BASES[basis];
    if (!words) return null;
    return el('small', { class: 'unit-basis', title: words[1], text: `(${unit} ${words[0]}) ` });
  }

  /** 575000000000 USD → "USD 575 billion"; 12 percent → "12%"; a range → "20–25"; a qualifier in words. */
  function formatValue(fact) {
    const { value, valueHigh, unit, qualifier } = fact;
    if (typeof value !== 'number') return '—';
    const range = typeof valueHigh === 'number' && valueHigh !== value;
    const numbers = (factor) => NUMBER.format(value / factor) + (range ? `–${NUMBER.format(valueHigh / factor)}` : '');
    let text;
    if ((unit && /^[A-Z]{3}$/.test(unit)) || unit === 'count' || !unit) {
      const [factor, word] = scaleOf(Math.max(Math.abs(value), range ? Math.abs(valueHigh) : 0));
      const amount = numbers(factor) + (word ? ` ${word}` : '');
      text = unit && unit !== 'count' ? `${unit} ${amount}` : amount;
    } else if (unit === 'percent') {
      text = `${numbers(1)}%`;
    } else if (unit === 'basis_points') {
      text = `${numbers(1)} bp`;
    } else if (unit === 'times') {
      text = `${numbers(1)}×`;
    } else if (DURATIONS[unit]) {
      text = `${numbers(1)} ${value === 1 && !range ? DURATIONS[unit] : unit}`;
    } else {
      text = `${numbers(1)} ${unit.replace(/_/g, ' ')}`;
    }
    const words = qualifier && qualifier !== 'range' ? QUALIFIERS[qualifier] || qualifier.replace(/_/g, ' ') : '';
    return words ? `${words} ${text}` : text;
  }

  function exactValue(fact) {
    const high = typeof fact.valueHigh === 'number' ? `–${EXACT.format(fact.valueHigh)}` : '';
    return `${EXACT.format(fact.value)}${high} ${fact.unit || ''}`.trim();
  }

  function formatTime(iso) {
    const time = iso ? new Date(iso) : null;
    if (!time || Number.isNaN(time.getTime())) return iso || null;
    return el('time', { datetime: iso, text: `${time.toISOString().slice(0, 16).replace('T', ' ')} UTC` });
  }

  function metricLabel(metric) {
    return (metric || '').replace(/_/g, ' ').replace(/\byoy\b/gi, 'YoY').replace(/\bqoq\b/gi, 'QoQ');
  }

  // ---------- entities ----------

  function typeHeading(type) {
    const known = ENTITY_TYPES.find(([t]) => t === type);
    return known ? known[1] : type || 'Other';
  }

  function remember(entity) {
    if (entity && entity.entityId && entity.name) {
      knownEntities.set(entity.entityId, { name: entity.name, type: entity.type || '' });
    }
  }

  function entityLabel(entityId) {
    const known = knownEntities.get(entityId);
    return known ? known.name : entityId;
  }

  /** The parts of a chip: name, type, and a count whose unit only screen readers hear (the title says it too). */
  function entityParts(name, type, count, unit) {
    return [
      el('span', { class: 'entity-name', text: name }), ' ',
      el('span', { class: 'entity-type', text: type || '?' }), ' ',
      el('span', { class: 'entity-count', text: NUMBER.format(count) }),
      el('span', { class: 'visually-hidden', text: ` ${unit}` }),
    ];
  }

  // ---------- search results ----------

  function hitItem(hit) {
    const passage = el('div', { class: 'passage' },
      el('p', { class: 'passage-head' }, badge(hit.lang),
        el('span', { class: 'where', text: `${hit.fileName || hit.docId} · ${hit.segmentId}` })),
      el('p', { class: 'passage-text', lang: hit.lang || 'und' }, highlighted(hit.highlight, hit.text)));
    const aligned = Array.isArray(hit.aligned) ? hit.aligned : [];
    const translations = aligned.length ? el('div', { class: 'translations' },
      aligned.map((a) => el('div', { class: 'passage aligned', dataset: { docId: a.docId, segmentId: a.segmentId } },
        el('p', { class: 'passage-head' }, badge(a.lang), el('span', { class: 'where', text: 'translation' }),
          a.docId && a.docId !== hit.docId
            ? docButton('in another document', a.docId, { seg: a.segmentId }) : null),
        el('p', { class: 'passage-text', lang: a.lang || 'und', text: a.text })))) : null;
    return el('li', {
      class: `hit${translations ? ' has-translation' : ''}`,
      dataset: { docId: hit.docId, segmentId: hit.segmentId, lang: hit.lang },
    },
    el('div', { class: 'pair' }, passage, translations),
    el('p', { class: 'actions' },
      docButton(`Open ${hit.fileName || 'document'}`, hit.docId, { seg: hit.segmentId }, 'open-document')));
  }

  function docButton(label, docId, target, extraClass) {
    const button = el('button', {
      type: 'button', class: `linklike${extraClass ? ` ${extraClass}` : ''}`, text: label,
      dataset: { docId, ...Object.fromEntries(Object.entries(target || {}).filter(([, v]) => v != null)) },
    });
    button.addEventListener('click', () => openDocument(button));
    return button;
  }

  function renderFacets(facets) {
    const counts = facets && facets.lang ? Object.entries(facets.lang) : [];
    ui.facets.replaceChildren();
    if (!counts.length) return;
    ui.facets.append('By language: ');
    counts.forEach(([lang, n], i) => {
      if (i) ui.facets.append(' · ');
      ui.facets.append(el('span', { class: 'facet' }, badge(lang), ` ${NUMBER.format(n)}`));
    });
  }

  function entityFacet(entity) {
    const active = entity.entityId === state.entity;
    const passages = entity.passages || 0;
    const button = el('button', {
      type: 'button', class: 'entity-facet', 'aria-pressed': String(active),
      dataset: { entityId: entity.entityId, type: entity.type || '' },
      title: `${entity.type || 'entity'} · ${plural(passages, 'matching passage', 'matching passages')}`,
    }, entityParts(entity.name || entity.entityId, entity.type, passages, passages === 1 ? 'passage' : 'passages'));
    button.addEventListener('click', () => {
      navigate({ q: state.q, lang: state.lang, entity: active ? '' : entity.entityId });
    });
    return button;
  }

  /** The entities the matching passages mention; choosing one keeps only the passages that mention it. */
  function renderEntityFacets(result) {
    const entities = Array.isArray(result.entities) ? result.entities.filter((e) => e && e.entityId) : [];
    entities.forEach(remember);
    ui.entityFacets.hidden = !entities.length;
    if (!entities.length) {
      ui.entityFacets.replaceChildren();
      return;
    }
    ui.entityFacets.replaceChildren(
      el('span', { class: 'facet-label', id: 'entity-facets-label', text: 'Entities:' }), ' ',
      el('ul', { class: 'entity-facet-list', 'aria-labelledby': 'entity-facets-label' },
        entities.map((e) => el('li', {}, entityFacet(e)))));
  }

  /** The removable chip of the entity filter, hidden without one. */
  function renderEntityFilter() {
    ui.entityFilter.hidden = !state.entity;
    if (!state.entity) {
      ui.entityFilter.replaceChildren();
      return;
    }
    const known = knownEntities.get(state.entity) || {};
    const name = known.name || state.entity;
    const remove = el('button', {
      type: 'button', class: 'remove-filter', 'aria-label': `Remove the filter: passages mentioning ${name}`,
      title: 'Remove this filter',
    }, el('span', { 'aria-hidden': 'true', text: '×' }));
    remove.addEventListener('click', () => navigate({ q: state.q, lang: state.lang }));
    ui.entityFilter.replaceChildren(el('span', { class: 'filter-chip', dataset: { entityId: state.entity } },
      'Only passages mentioning ', el('strong', { class: 'entity-name', text: name }),
      known.type ? [' ', el('span', { class: 'entity-type', text: known.type })] : null, ' ', remove));
  }

  function factRow(fact) {
    const attestations = Array.isArray(fact.attestations) ? fact.attestations : [];
    const langs = [...new Set(attestations.map((a) => a.lang).filter(Boolean))];
    const value = el('td', { class: 'value' },
      el('data', { value: String(fact.value), title: exactValue(fact), text: formatValue(fact) }));
    if (fact.conflict) {
      value.append(' ', el('strong', { class: 'conflict' },
        el('span', { 'aria-hidden': 'true', text: '⚠ ' }), 'sources disagree'));
    }
    const list = el('ul', { class: 'attestations' }, attestations.map((a) => el('li', { class: 'attestation' },
      badge(a.lang), ' ',
      el('q', { class: 'quote', lang: a.lang || 'und', text: a.quote }), ' ',
      unitBasisNote(a.unitBasis, fact.unit),
      docButton(a.fileName || 'document', a.docId, { start: a.start, end: a.end }, 'source-file'))));
    const sources = el('details', { class: 'sources' },
      el('summary', {}, `${plural(attestations.length, 'source', 'sources')}`,
        langs.length ? el('span', { class: 'langs' }, ' (', langs.join(', '), ')') : null),
      list);
    return el('tr', { class: `fact${fact.conflict ? ' has-conflict' : ''}`, dataset: { key: fact.key || '' } },
      el('th', { scope: 'row' },
        el('span', { class: 'subject', text: fact.subject || '—' }), ' ',
        el('span', { class: 'metric', text: metricLabel(fact.metric) })),
      value,
      el('td', { class: 'period', text: fact.period || '—' }),
      el('td', {}, sources));
  }

  async function loadHits(signal) {
    const params = { q: state.q, lang: state.lang, entity: state.entity, from: state.hitsFrom, size: HITS_PAGE };
    const result = await api('/api/search', params, signal);
    if (signal && signal.aborted) return 0; // a newer search replaced this one
    const hits = Array.isArray(result.hits) ? result.hits : [];
    ui.hits.append(...hits.map(hitItem));
    state.hitsTotal = result.total || 0;
    state.hitsFrom += hits.length;
    if (result.facets) renderFacets(result.facets);
    renderEntityFacets(result);
    renderEntityFilter();
    ui.moreHits.hidden = !hits.length || state.hitsFrom >= state.hitsTotal || state.hitsFrom + HITS_PAGE > MAX_DEPTH;
    return hits.length;
  }

  async function loadFacts(signal) {
    const result = await api('/api/facts', { q: state.q, lang: state.lang, from: state.factsFrom, size: FACTS_PAGE }, signal);
    if (signal && signal.aborted) return 0; // a newer search replaced this one
    const facts = Array.isArray(result.facts) ? result.facts : [];
    ui.factsBody.append(...facts.map(factRow));
    state.factsTotal = result.total || 0;
    state.factsFrom += facts.length;
    ui.factsTable.hidden = ui.factsBody.children.length === 0;
    ui.moreFacts.hidden = !facts.length || state.factsFrom >= state.factsTotal || state.factsFrom + FACTS_PAGE > MAX_DEPTH;
    return facts.length;
  }

  function summary() {
    const facts = state.factsAvailable ? ` and ${plural(state.factsTotal, 'fact', 'facts')}` : '';
    const mentioning = state.entity ? ` mentioning ${entityLabel(state.entity)}` : '';
    return `${plural(state.hitsTotal, 'passage', 'passages')}${mentioning}${facts} for “${state.q}”.`;
  }

  async function runSearch(q, lang, entity) {
    if (state.controller) state.controller.abort();
    const controller = new AbortController();
    state.controller = controller;
    Object.assign(state, {
      q, lang, entity, shown: false, hitsFrom: 0, hitsTotal: 0, factsFrom: 0, factsTotal: 0, factsAvailable: true,
    });
    ui.q.value = q;
    ui.lang.value = lang;
    showResultsView();
    clearError();
    renderEntityFilter();
    ui.entityFacets.hidden = true;
    ui.entityFacets.replaceChildren();
    if (!apiKey()) {
      setStatus('');
      showError('An API key is needed.', 'Paste it into the API key field and choose “Use key”.');
      ui.key.focus();
      return;
    }
    setStatus(`Searching for “${q}”…`);
    ui.results.setAttribute('aria-busy', 'true');
    ui.hits.replaceChildren();
    ui.factsBody.replaceChildren();
    ui.facets.replaceChildren();
    ui.factsNote.hidden = true;
    const [hits, facts] = await Promise.allSettled([loadHits(controller.signal), loadFacts(controller.signal)]);
    if (controller.signal.aborted) return;
    ui.results.removeAttribute('aria-busy');
    state.controller = null;
    if (hits.status === 'rejected') {
      reportError(hits.reason);
      ui.passagesSection.hidden = true;
      ui.factsSection.hidden = true;
      setStatus('The search failed.');
      return;
    }
    if (facts.status === 'rejected') {
      state.factsAvailable = false;
      ui.factsTable.hidden = true;
      ui.moreFacts.hidden = true;
      const missing = facts.reason.status === 404;
      ui.factsNote.textContent = missing ? 'Facts are not available from this server.' : 'Facts could not be loaded.';
      if (!missing) reportError(facts.reason);
    } else if (state.factsTotal === 0) {
      ui.factsNote.textContent = 'No facts match.';
    }
    ui.factsNote.hidden = !(facts.status === 'rejected' || state.factsTotal === 0);
    if (state.hitsTotal === 0) ui.facets.textContent = 'No passages match.';
    ui.factsSection.hidden = false;
    ui.passagesSection.hidden = false;
    state.shown = true;
    setStatus(summary());
  }

  async function loadMore(loader, button) {
    button.disabled = true;
    try {
      const n = await loader();
      setStatus(`${plural(n, 'more result', 'more results')}: ${summary()}`);
    } catch (e) {
      reportError(e);
    } finally {
      button.disabled = false;
    }
  }

  ui.moreHits.addEventListener('click', () => loadMore(() => loadHits(), ui.moreHits));
  ui.moreFacts.addEventListener('click', () => loadMore(() => loadFacts(), ui.moreFacts));

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (ui.key.value.trim()) saveKey();
    const q = ui.q.value.trim();
    if (!q) {
      showError('Type something to search for.', '');
      ui.q.focus();
      return;
    }
    navigate({ q, lang: ui.lang.value });
  });

  // ---------- document view ----------

  function showResultsView() {
    ui.docView.hidden = true;
    ui.results.hidden = false;
  }

  function openDocument(button) {
    state.opener = button;
    state.fromResults = true;
    const params = { doc: button.dataset.docId, q: state.q, lang: state.lang };
    for (const name of ['seg', 'start', 'end']) {
      if (button.dataset[name] !== undefined) params[name] = button.dataset[name];
    }
    navigate(params);
  }

  function segmentView(segment, target) {
    const text = el('p', { class: 'passage-text', lang: segment.lang || 'und' });
    const { start, end } = target;
    if (start != null && end != null && start >= segment.start && end <= segment.end && end > start) {
      const a = start - segment.start;
      const b = end - segment.start;
      text.append(segment.text.slice(0, a), el('mark', { text: segment.text.slice(a, b) }), segment.text.slice(b));
    } else {
      text.textContent = segment.text;
    }
    return el('div', { class: 'passage segment', id: `seg-${segment.segmentId}`, tabindex: '-1' },
      el('p', { class: 'passage-head' }, badge(segment.lang), el('span', { class: 'where', text: segment.segmentId })),
      text);
  }

  function entityChip(entity) {
    const mentions = Array.isArray(entity.mentions) ? entity.mentions.length : 0;
    const chip = el('button', {
      type: 'button', class: 'entity', 'aria-controls': 'entity-panel',
      'aria-expanded': String(!ui.entityPanel.hidden && panel.id === entity.entityId),
      dataset: { entityId: entity.entityId, type: entity.type || '' },
      title: `${entity.type || 'entity'} · ${plural(mentions, 'mention', 'mentions')} in this document`,
    }, entityParts(entity.name || entity.entityId, entity.type, mentions, mentions === 1 ? 'mention' : 'mentions'));
    chip.addEventListener('click', () => {
      if (!ui.entityPanel.hidden && panel.id === entity.entityId) closeEntity(true);
      else openEntity(entity.entityId);
    });
    return chip;
  }

  /** The document's entities grouped by type (organizations, people, …), each group in order of first mention. */
  function renderDocumentEntities(entities) {
    entities.forEach(remember);
    const groups = new Map(ENTITY_TYPES.map(([type]) => [type, []]));
    for (const entity of entities) {
      const type = entity.type || '';
      if (!groups.has(type)) groups.set(type, []);
      groups.get(type).push(entity);
    }
    ui.docEntities.replaceChildren(...[...groups].filter(([, list]) => list.length).map(([type, list]) => el('div',
      { class: 'entity-group', dataset: { type } },
      el('h4', { class: 'entity-group-name', text: `${typeHeading(type)} (${NUMBER.format(list.length)})` }),
      el('ul', { class: 'entity-list' }, list.map((entity) => el('li', {}, entityChip(entity)))))));
    ui.docEntitiesNote.textContent = entities.length ? '' : 'No entities recognized in this document.';
    ui.docEntitiesNote.hidden = entities.length > 0;
  }

  function renderDocument(doc, target) {
    const entities = Array.isArray(doc.entities) ? doc.entities.filter((e) => e && e.entityId) : [];
    // The panel stays open while the document shown mentions its entity (a mention followed to its document).
    if (panel.id && !entities.some((e) => e.entityId === panel.id)) closeEntity(false);
    renderDocumentEntities(entities);
    ui.docTitle.textContent = doc.fileName || doc.docId;
    const meta = [
      ['Document id', el('code', { text: doc.docId })],
      ['Source', doc.source ? [doc.source.bucket, doc.source.key].filter(Boolean).join(' / ') : null],
      ['Type', [doc.mediaType, doc.charset].filter(Boolean).join(', ') || null],
      ['Segments', doc.segmentCount != null ? NUMBER.format(doc.segmentCount) : null],
      ['Ingested', formatTime(doc.ingestedAt)],
    ].filter(([, v]) => v);
    ui.docMeta.replaceChildren(...meta.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', {}, v)]));

    const languages = Array.isArray(doc.languages) ? doc.languages : [];
    ui.docLanguages.replaceChildren(...languages.map((l) => el('li', {},
      badge(l.lang), ` ${langName(l.lang)} `,
      el('meter', { min: '0', max: '1', value: String(l.share || 0), 'aria-label': `${langName(l.lang)} share` }),
      ` ${PERCENT.format(l.share || 0)}`)));

    const segments = Array.isArray(doc.segments) ? doc.segments : [];
    const byId = new Map(segments.map((s) => [s.segmentId, s]));
    const partners = new Map();
    const elsewhere = new Map();
    for (const alignment of Array.isArray(doc.alignments) ? doc.alignments : []) {
      const a = alignment.a || [];
      const b = alignment.b || [];
      if (alignment.docId && alignment.docId !== doc.docId) {
        a.forEach((id) => elsewhere.set(id, { docId: alignment.docId, seg: b[0] }));
        continue;
      }
      a.forEach((id) => partners.set(id, [...(partners.get(id) || []), ...b]));
      b.forEach((id) => partners.set(id, [...(partners.get(id) || []), ...a]));
    }
    let wanted = target.seg;
    if (!wanted && target.start != null) {
      const hit = segments.find((s) => target.start >= s.start && target.start < s.end);
      wanted = hit && hit.segmentId;
    }
    const shown = new Set();
    const rows = document.createDocumentFragment();
    for (const segment of segments) {
      if (shown.has(segment.segmentId)) continue;
      shown.add(segment.segmentId);
      const others = (partners.get(segment.segmentId) || []).filter((id) => byId.has(id) && !shown.has(id));
      others.forEach((id) => shown.add(id));
      const cells = [segment, ...others.map((id) => byId.get(id))].map((s) => segmentView(s, target));
      const link = elsewhere.get(segment.segmentId);
      if (link) cells[0].append(el('p', { class: 'actions' }, docButton('translation in another document', link.docId, { seg: link.seg })));
      rows.append(el('li', { class: `segment-row${others.length ? ' paired' : ''}` }, cells));
    }
    ui.docSegments.replaceChildren(rows);
    return wanted ? document.getElementById(`seg-${wanted}`) : null;
  }

  async function showDocument(params) {
    if (state.controller) state.controller.abort();
    clearError();
    if (!apiKey()) {
      showError('An API key is needed.', 'Paste it into the API key field and choose “Use key”.');
      ui.key.focus();
      return;
    }
    setStatus('Opening the document…');
    let doc;
    try {
      doc = await api(`/api/documents/${encodeURIComponent(params.get('doc'))}`);
    } catch (e) {
      reportError(e);
      setStatus('');
      return;
    }
    const number = (name) => (params.has(name) && params.get(name) !== '' ? Number(params.get(name)) : null);
    const target = { seg: params.get('seg'), start: number('start'), end: number('end') };
    const targetNode = renderDocument(doc, target);
    ui.results.hidden = true;
    ui.docView.hidden = false;
    setStatus(`Showing ${doc.fileName || 'the document'}.`);
    if (targetNode) {
      targetNode.classList.add('target');
      targetNode.scrollIntoView({ block: 'center' });
      targetNode.focus({ preventScroll: true });
    } else {
      ui.docTitle.focus();
    }
  }

  // ---------- entity panel ----------

  function markOpenChip() {
    for (const chip of ui.docEntities.querySelectorAll('button.entity')) {
      chip.setAttribute('aria-expanded', String(!ui.entityPanel.hidden && chip.dataset.entityId === panel.id));
    }
  }

  function closeEntity(restoreFocus) {
    if (panel.controller) panel.controller.abort();
    const id = panel.id;
    Object.assign(panel, { id: null, controller: null });
    ui.entityPanel.hidden = true;
    ui.entityPanel.removeAttribute('aria-busy');
    markOpenChip();
    if (restoreFocus && id) {
      const chip = ui.docEntities.querySelector(`button.entity[data-entity-id="${CSS.escape(id)}"]`);
      if (chip) chip.focus();
    }
  }

  /** "ko: 앤디 재시, 재시 · zh-Hans: 安迪·贾西 · en: Andy Jassy", each name in its language. */
  function namesByLanguage(names) {
    const byLang = new Map();
    for (const name of names) {
      if (!name || !name.text) continue;
      const lang = name.lang || 'und';
      if (!byLang.has(lang)) byLang.set(lang, []);
      byLang.get(lang).push(name.text);
    }
    const parts = [];
    byLang.forEach((texts, lang) => {
      if (parts.length) parts.push(' · ');
      parts.push(el('span', { class: 'entity-names-lang', dataset: { lang } },
        el('abbr', { title: langName(lang), text: `${lang}:` }), ' ',
        el('span', { lang, text: texts.join(', ') })));
    });
    return parts;
  }

  function mentionItem(mention) {
    const where = `${mention.fileName || mention.docId} · ${mention.segmentId}`;
    return el('li', { class: 'entity-mention', dataset: { docId: mention.docId, segmentId: mention.segmentId } },
      badge(mention.lang), ' ',
      el('q', { class: 'quote', lang: mention.lang || 'und', text: mention.surface }), ' in ',
      docButton(where, mention.docId, { seg: mention.segmentId, start: mention.start, end: mention.end },
        'mention-source'));
  }

  function appendMentions(page) {
    const mentions = page && Array.isArray(page.mentions) ? page.mentions : [];
    ui.entityMentions.append(...mentions.map(mentionItem));
    panel.mentionsTotal = (page && page.total) || 0;
    panel.mentionsFrom += mentions.length;
    ui.moreMentions.hidden = !mentions.length || panel.mentionsFrom >= panel.mentionsTotal
      || panel.mentionsFrom + MENTIONS_PAGE > MAX_DEPTH;
    return mentions.length;
  }

  function renderEntity(entity) {
    remember(entity);
    panel.name = entity.name || entity.entityId;
    panel.names = Array.isArray(entity.names) ? entity.names : [];
    ui.entityName.textContent = panel.name;
    ui.entityType.textContent = entity.type || '';
    const names = namesByLanguage(panel.names);
    ui.entityNames.replaceChildren(...names);
    ui.entityNames.hidden = !names.length;
    ui.entityCounts.textContent = `${plural(entity.mentionCount || 0, 'mention', 'mentions')} in `
      + `${plural(entity.documentCount || 0, 'document', 'documents')}`;
    ui.entityActions.hidden = false;
    appendMentions(entity.mentions);
    const facts = Array.isArray(entity.facts) ? entity.facts : [];
    const factTotal = entity.factTotal || 0;
    ui.entityFactsBody.replaceChildren(...facts.map(factRow));
    ui.entityFactsTable.hidden = !facts.length;
    let note = '';
    if (!facts.length) note = 'No facts have it as their subject.';
    else if (factTotal > facts.length) note = `The first ${facts.length} of ${plural(factTotal, 'fact', 'facts')}.`;
    ui.entityFactsNote.textContent = note;
    ui.entityFactsNote.hidden = !ui.entityFactsNote.textContent;
  }

  async function openEntity(entityId) {
    if (panel.controller) panel.controller.abort();
    const controller = new AbortController();
    Object.assign(panel, { id: entityId, name: entityLabel(entityId), names: [], mentionsFrom: 0, mentionsTotal: 0,
      controller });
    const known = knownEntities.get(entityId) || {};
    ui.entityName.textContent = panel.name;
    ui.entityType.textContent = known.type || '';
    ui.entityNames.replaceChildren();
    ui.entityNames.hidden = true;
    ui.entityCounts.textContent = 'Loading…';
    ui.entityActions.hidden = true;
    ui.entityMentions.replaceChildren();
    ui.moreMentions.hidden = true;
    ui.entityFactsBody.replaceChildren();
    ui.entityFactsTable.hidden = true;
    ui.entityFactsNote.hidden = true;
    ui.entityPanel.hidden = false;
    ui.entityPanel.setAttribute('aria-busy', 'true');
    markOpenChip();
    ui.entityTitle.focus();
    let entity;
    try {
      entity = await api(`/api/entities/${encodeURIComponent(entityId)}`, { size: MENTIONS_PAGE }, controller.signal);
    } catch (e) {
      if (controller.signal.aborted) return; // closed, or another entity chosen
      panel.controller = null;
      ui.entityPanel.removeAttribute('aria-busy');
      if (e.status === 404) {
        ui.entityCounts.textContent = 'No passage mentions this entity any more.';
      } else {
        ui.entityCounts.textContent = 'The entity could not be loaded.';
        reportError(e);
      }
      return;
    }
    if (controller.signal.aborted) return;
    panel.controller = null;
    renderEntity(entity);
    ui.entityPanel.removeAttribute('aria-busy');
    setStatus(`${panel.name}: ${ui.entityCounts.textContent}.`);
  }

  ui.closeEntity.addEventListener('click', () => closeEntity(true));

  ui.moreMentions.addEventListener('click', async () => {
    const id = panel.id;
    ui.moreMentions.disabled = true;
    try {
      const entity = await api(`/api/entities/${encodeURIComponent(id)}`,
        { from: panel.mentionsFrom, size: MENTIONS_PAGE });
      if (panel.id !== id) return;
      const n = appendMentions(entity.mentions);
      setStatus(`${plural(n, 'more mention', 'more mentions')} of ${panel.name}.`);
    } catch (e) {
      reportError(e);
    } finally {
      ui.moreMentions.disabled = false;
    }
  });

  /** Searches the entity's names (so that passages in every language match) among the passages mentioning it. */
  ui.entitySearch.addEventListener('click', () => {
    const words = [];
    let length = 0;
    for (const text of [panel.name, ...panel.names.map((n) => n && n.text)]) {
      if (!text || words.includes(text) || length + text.length + 1 > MAX_QUERY_CHARS) continue;
      words.push(text);
      length += text.length + 1;
    }
    navigate({ q: words.join(' '), entity: panel.id });
  });

  ui.back.addEventListener('click', () => {
    if (state.fromResults) {
      window.history.back();
    } else {
      navigate({ q: state.q || ui.q.value.trim(), lang: state.lang, entity: state.entity });
    }
  });

  // ---------- routing (#q=…&lang=…&entity=… or #doc=…&seg=…) ----------

  function navigate(params) {
    const hash = `#${new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v != null))}`;
    if (window.location.hash === hash) route();
    else window.location.hash = hash;
  }

  function route() {
    const hash = window.location.hash.slice(1);
    if (hash && !hash.includes('=')) return; // an in-page anchor, not a page state
    const params = new URLSearchParams(hash);
    if (params.get('doc')) {
      if (params.get('q') && !state.q) {
        state.q = params.get('q');
        ui.q.value = state.q;
      }
      showDocument(params);
      return;
    }
    state.fromResults = false;
    const q = (params.get('q') || '').trim();
    const lang = params.get('lang') || '';
    const entity = params.get('entity') || '';
    if (!q) {
      showResultsView();
      return;
    }
    if (state.shown && q === state.q && lang === state.lang && entity === state.entity) {
      showResultsView();
      if (state.opener && document.contains(state.opener)) state.opener.focus();
      setStatus(summary());
      return;
    }
    runSearch(q, lang, entity);
  }

  // The skip link moves focus without touching the URL (the hash holds the page state).
  document.querySelector('.skip').addEventListener('click', (event) => {
    event.preventDefault();
    (ui.docView.hidden ? ui.results : ui.docTitle).focus();
  });

  window.addEventListener('hashchange', route);
  showKeyState();
  route();
})();
