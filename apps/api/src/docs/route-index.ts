/** The parts of an OpenAPI document the route index reads. */
interface OpenApiLike {
  info?: { title?: string };
  paths?: object;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/**
 * Every route of the API as plain HTML, grouped by tag. The interactive reference replaces it once
 * its script loads; without a network (or with scripts off) the page still lists every route.
 */
export function routeIndexHtml(document: OpenApiLike): string {
  const groups = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(document.paths ?? {}) as [
    string,
    Record<string, unknown>,
  ][]) {
    for (const method of METHODS) {
      const operation = operations[method] as { summary?: string; tags?: string[] } | undefined;
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? 'Other';
      const row = `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${escapeHtml(path)}</code></td><td>${escapeHtml(operation.summary ?? '')}</td></tr>`;
      groups.set(tag, [...(groups.get(tag) ?? []), row]);
    }
  }
  const sections = [...groups]
    .map(([tag, rows]) => `<h2>${escapeHtml(tag)}</h2><table>${rows.join('')}</table>`)
    .join('');
  return `<main style="font-family:sans-serif;max-width:60rem;margin:2rem auto"><h1>${escapeHtml(document.info?.title ?? 'API')}</h1><p>The OpenAPI 3.1 document is at <a href="/openapi.json">/openapi.json</a>. The interactive reference appears here when its script can load.</p>${sections}</main>`;
}
