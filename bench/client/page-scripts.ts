// Code that runs inside the page, kept as source text: the bench tsconfig has no DOM types.

/** Stores a Yjs update where y-indexeddb looks for it: database `name`, object store `updates`. */
export const STORE_UPDATE_IN_INDEXEDDB = `async ({ name, url }) => {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('updates', { autoIncrement: true });
      request.result.createObjectStore('custom');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise((resolve, reject) => {
    const transaction = db.transaction(['updates'], 'readwrite');
    transaction.objectStore('updates').add(bytes);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
  return bytes.length;
}`;

/** Milliseconds from navigation start to a performance mark, the scripts fetched before it, and when the last arrived. */
export const MARK_AND_SCRIPTS = `(markName) => {
  const mark = performance.getEntriesByName(markName)[0];
  if (mark === undefined) return null;
  const entries = performance.getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.endsWith('.js') && entry.startTime < mark.startTime);
  const scripts = entries.map((entry) => new URL(entry.name).pathname);
  const scriptsReceived = Math.max(...entries.map((entry) => entry.responseEnd));
  return { at: mark.startTime, scripts, scriptsReceived };
}`;

/** Median milliseconds of JSON.parse over the text at `url` (the library as JSON), after warm-up. */
export const TIME_JSON_PARSE = `async ({ url, runs }) => {
  const text = await (await fetch(url)).text();
  const times = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = performance.now();
    const value = JSON.parse(text);
    const elapsed = performance.now() - start;
    if (i >= 2) times.push(elapsed);
    if (value === null) throw new Error('empty');
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], bytes: text.length };
}`;

const waitForIdle = `() => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 200 }))`;

/**
 * Clicks a section's confidence buttons (song page) `runs` times, each time another level, and
 * times click → button pressed in the DOM, and click → the next animation frame.
 */
export const TIME_LOCAL_EDITS = `async (runs) => {
  const idle = ${waitForIdle};
  const button = (level) => document.querySelector('button.confidence-button[aria-label^="' + level + ' of 5"]');
  const dom = [];
  const frame = [];
  for (let i = 0; i < runs; i++) {
    const pressed = document.querySelector('button.confidence-button[aria-pressed="true"]');
    const current = pressed === null ? 0 : Number(pressed.textContent);
    const target = button((current % 5) + 1);
    if (target === null) throw new Error('no confidence buttons on this page');
    const updated = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (target.getAttribute('aria-pressed') !== 'true') return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(target, { attributes: true, attributeFilter: ['aria-pressed'] });
    });
    const start = performance.now();
    target.click();
    const end = await updated;
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    dom.push(end - start);
    frame.push(performance.now() - start);
    await idle();
  }
  return { dom, frame };
}`;

/** In the watching tab: records when any confidence button becomes pressed, on the shared clock. */
export const WATCH_CONFIDENCE = `() => {
  window.__benchSeen = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.target.getAttribute('aria-pressed') === 'true') {
        window.__benchSeen.push({ level: Number(record.target.textContent), at: performance.timeOrigin + performance.now() });
      }
    }
  });
  for (const button of document.querySelectorAll('button.confidence-button')) {
    observer.observe(button, { attributes: true, attributeFilter: ['aria-pressed'] });
  }
}`;

/** In the editing tab: one click on the next level; returns the level and the click time on the shared clock. */
export const CLICK_NEXT_CONFIDENCE = `async () => {
  await new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 200 }));
  const pressed = document.querySelector('button.confidence-button[aria-pressed="true"]');
  const level = ((pressed === null ? 0 : Number(pressed.textContent)) % 5) + 1;
  const target = document.querySelector('button.confidence-button[aria-label^="' + level + ' of 5"]');
  if (target === null) throw new Error('no confidence buttons on this page');
  const at = performance.timeOrigin + performance.now();
  target.click();
  return { level, at };
}`;
