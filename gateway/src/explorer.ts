import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CASEWORKER, exampleQueries, type ExampleQuery } from './example-queries.js';

const require = createRequire(import.meta.url);
/** A file inside a package, found through its package.json (UMD builds are not in React's exports map). */
const packageFile = (name: string, file: string) => path.join(path.dirname(require.resolve(`${name}/package.json`)), file);

/** Static files of the explorer, served from node_modules so it works with no network. */
const assets: Record<string, { file: string; type: string }> = {
  '/explorer/react.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  '/explorer/react-dom.js': { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  '/explorer/graphiql.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  '/explorer/graphiql.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
};

/** Typed as it runs on a machine with Node and nothing else: plain `pnpm token` is pnpm's own registry command. */
export const TOKEN_COMMAND = `npx -y pnpm@12.21.0 -s run token --agency ${CASEWORKER.agency} --role ${CASEWORKER.role} --purpose ${CASEWORKER.purpose}`;

function page(graphqlPath: string, examples: readonly ExampleQuery[]): string {
  const tabs = JSON.stringify(
    examples.map(({ title, query, variables }) => ({ query: `# ${title}\n${query}`, ...(variables ? { variables: JSON.stringify(variables, null, 2) } : {}) })),
  ).replace(/</g, '\\u003c'); // Seeded names go inside a <script>: no "</script>" may end it early.
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Joined-Up explorer</title>
  <link rel="stylesheet" href="/explorer/graphiql.css">
  <style>body { margin: 0; height: 100vh; } #explorer { height: 100vh; }</style>
</head>
<body>
  <div id="explorer"></div>
  <script src="/explorer/react.js"></script>
  <script src="/explorer/react-dom.js"></script>
  <script src="/explorer/graphiql.js"></script>
  <script>
    // Officers paste their token (from the token command below) into the Headers tab;
    // GraphiQL keeps it in this browser's local storage only.
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlPath)} });
    ReactDOM.createRoot(document.getElementById('explorer')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultTabs: ${tabs},
        defaultHeaders: ${JSON.stringify(JSON.stringify({ Authorization: `Bearer <paste the output of: ${TOKEN_COMMAND}>` }, null, 2))},
        shouldPersistHeaders: true,
        defaultEditorToolsVisibility: 'headers',
      }),
    );
  </script>
</body>
</html>`;
}

/**
 * Routes for the offline GraphQL explorer at `/explorer`: GraphiQL and React
 * from the gateway's own dependencies, so no CDN is needed.
 */
export function explorerRoutes(graphqlPath = '/graphql', examples: readonly ExampleQuery[] = exampleQueries) {
  const html = page(graphqlPath, examples);
  const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
    '/explorer': (_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(html);
    },
  };
  for (const [path, asset] of Object.entries(assets)) {
    routes[path] = (_request, response) => {
      response.setHeader('content-type', `${asset.type}; charset=utf-8`);
      response.setHeader('cache-control', 'public, max-age=86400');
      createReadStream(asset.file).pipe(response);
    };
  }
  return routes;
}
