import type { Elk } from './layout-elk';

/**
 * Where ELK runs: `worker`, a dedicated Web Worker started from elkjs's own worker build (the page
 * stays responsive while a layout is computed), or `page`, in the calling thread (Node, tests, and
 * browsers without workers). Both are the same ELK build, so a graph gets the same layout in either.
 */
export type ElkHost = 'worker' | 'page';

/**
 * The worker in a browser, in the page elsewhere. `?layout=page` in the designer's address keeps ELK
 * on the page, so the benchmark can time the freeze the worker takes away, in the same run.
 */
export function defaultElkHost(): ElkHost {
  if (typeof window === 'undefined' || typeof Worker !== 'function') return 'page';
  return new URLSearchParams(window.location.search).get('layout') === 'page' ? 'page' : 'worker';
}

const loaded = new Map<ElkHost, Promise<Elk>>();

/**
 * The ELK instance for `host`, started on first use and kept for the page's lifetime: the worker
 * initialises ELK once (a few hundred milliseconds), later layouts reuse it and queue in it. A
 * worker that fails to start is replaced by ELK on the page.
 */
export function loadElk(host: ElkHost): Promise<Elk> {
  let elk = loaded.get(host);
  if (!elk) {
    // A worker the browser refuses outright (constructing it throws) is replaced the same way.
    elk = host === 'worker' ? startWorker().catch(() => inPage()) : inPage();
    loaded.set(host, elk);
  }
  return elk;
}

async function inPage(): Promise<Elk> {
  // ELK is large: load it only when a spec is actually laid out.
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  return new ELK();
}

async function startWorker(): Promise<Elk> {
  // The worker script is elkjs's classic worker build, emitted unchanged as a same-origin asset
  // (`?url`; no blob: URL, no CDN), so the server's `worker-src 'self'` covers it.
  const [{ default: ELK }, { default: workerUrl }] = await Promise.all([
    import('elkjs/lib/elk-api.js'),
    import('elkjs/lib/elk-worker.min.js?url'),
  ]);
  // elkjs does not listen for the worker's `error` event: a worker that cannot start (its script
  // refused by a stricter policy on the way, or missing) would leave every layout waiting forever.
  // Such a failure ends the worker's use and lays out on the page instead, with the same result.
  let fail: (event: Event) => void = () => {};
  const failed = new Promise<Event>((resolve) => {
    fail = resolve;
  });
  const elk = new ELK({
    workerFactory: () => {
      const worker = new Worker(workerUrl, { name: 'elk-layout' });
      worker.addEventListener('error', fail);
      return worker;
    },
  });
  let broken = false;
  void failed.then(() => {
    broken = true;
    elk.terminateWorker();
    loaded.set('worker', inPage());
  });
  return {
    async layout(graph, args) {
      const onPage = async () => (await loadElk('worker')).layout(graph, args);
      if (broken) return onPage();
      const done = await Promise.race([elk.layout(graph, args), failed.then(() => undefined)]);
      return done ?? onPage();
    },
  };
}
