import { expect, test } from 'vitest';
import { routeIndexHtml } from './route-index.ts';

test('lists every operation by tag, escaping text', () => {
  const html = routeIndexHtml({
    info: { title: 'Test <API>' },
    paths: {
      '/v1/things': {
        get: { summary: 'List things', tags: ['Things'] },
        post: { summary: 'Create a thing', tags: ['Things'] },
      },
      '/healthz': { get: { summary: 'Alive?' } },
    },
  });
  expect(html).toContain('<h1>Test &lt;API&gt;</h1>');
  expect(html).toContain('<h2>Things</h2>');
  expect(html).toContain('<code>POST</code></td><td><code>/v1/things</code></td><td>Create a thing');
  expect(html).toContain('<h2>Other</h2>');
  expect(html.match(/<tr>/g)).toHaveLength(3);
});
