import 'graphiql/style.css';
import './ide.css';
import { useEditorContext, type GraphiQLPlugin } from '@graphiql/react';
import { GraphiQL } from 'graphiql';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

/** One example operation of schema/examples/ (bundled by explorer/build.js as examples.json). */
interface Example {
  name: string;
  query: string;
}

/** Sends IDE operations to this API, as any JSON client does. */
async function fetcher(params: unknown, options?: { headers?: Record<string, unknown> }): Promise<unknown> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers as Record<string, string>) },
    body: JSON.stringify(params),
  });
  return response.json();
}

/** The Examples pane: one click puts an example of schema/examples/ in the editor. */
function ExamplesPane() {
  const editors = useEditorContext({ nonNull: true });
  const [examples, setExamples] = useState<Example[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    fetch('/graphql-ide/examples.json')
      .then((response) => response.json() as Promise<Example[]>)
      .then(setExamples, () => setFailed(true));
  }, []);
  if (failed) return <p>The examples could not be loaded.</p>;
  if (!examples) return <p>Loading examples…</p>;
  return (
    <div className="examples-pane">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p>The operations of <code>schema/examples/</code>, answered in README's cookbook.</p>
      <ul>
        {examples.map((example) => (
          <li key={example.name}>
            <button
              type="button"
              className="example-button"
              data-example={example.name}
              onClick={() => {
                editors.queryEditor?.setValue(example.query);
                editors.variableEditor?.setValue('');
              }}
            >
              {example.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

const examplesPlugin: GraphiQLPlugin = {
  title: 'Examples',
  icon: () => <span aria-hidden="true" className="examples-icon">Ex</span>,
  content: ExamplesPane,
};

const DEFAULT_QUERY = `# innovation-graph GraphQL IDE (GraphiQL, served by this API; nothing leaves this server).
# The Docs pane has the schema; the "Ex" pane has the example operations of schema/examples/.
query Start {
  search(text: "No Wrong Door", first: 3) {
    score
    type
    entity { ... on Project { id name summary } }
  }
}
`;

const root = document.getElementById('graphiql');
if (!root) throw new Error('the IDE page has no #graphiql element');
createRoot(root).render(
  <GraphiQL fetcher={fetcher as never} plugins={[examplesPlugin]} defaultQuery={DEFAULT_QUERY} shouldPersistHeaders={false} />,
);
