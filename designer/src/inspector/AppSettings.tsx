import type { Parameter } from '@syncraft/runtime/spec';
import { useDesigner } from '../store/context';
import { Section, Select, TextInput } from './controls';
import { nameProblem, optionalText, withOptional } from './validation';

const appId = /^[a-z][a-z0-9-]{1,62}$/;
const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/;

/** The app settings inspector, shown when nothing is selected: app metadata and parameters. */
export function AppSettings() {
  const app = useDesigner((s) => s.document.app);
  const parameters = useDesigner((s) => s.document.parameters);
  const dispatch = useDesigner((s) => s.dispatch);
  const setApp = (next: typeof app, control: string) =>
    dispatch({ type: 'setApp', app: next }, { mergeKey: `app:${control}` });
  const setParams = (next: Parameter[], control: string) =>
    dispatch({ type: 'setParameters', parameters: next }, { mergeKey: `params:${control}` });
  return (
    <div data-testid="app-settings">
      <Section title="App settings">
        <TextInput
          label="App name"
          value={app.name}
          error={app.name === '' ? 'A name is required.' : undefined}
          onChange={(v) => setApp({ ...app, name: v }, 'name')}
        />
        <TextInput
          label="App id"
          value={app.id}
          error={
            appId.test(app.id) ? undefined : 'Lower-case letters, digits and dashes, e.g. field-service.'
          }
          onChange={(v) => setApp({ ...app, id: v }, 'id')}
        />
        <TextInput
          label="Version"
          value={app.version}
          error={semver.test(app.version) ? undefined : 'A version such as 1.4.0.'}
          onChange={(v) => setApp({ ...app, version: v }, 'version')}
        />
        <TextInput
          label="Owner"
          value={app.owner ?? ''}
          onChange={(v) => setApp(withOptional(app, 'owner', optionalText(v)), 'owner')}
        />
        <TextInput
          label="App description"
          multiline
          value={app.description ?? ''}
          onChange={(v) => setApp(withOptional(app, 'description', optionalText(v)), 'description')}
        />
      </Section>
      <Section title="Parameters">
        <p className="sc-field__hint">
          Values scopes can compare with, read from the user’s sign-in token, besides user.id and user.roles.
        </p>
        {parameters.map((p, i) => (
          <div key={i} className="sc-inline-row">
            <TextInput
              label={`Parameter ${i + 1} name`}
              value={p.name}
              error={nameProblem(p.name, new Set(parameters.filter((_, j) => j !== i).map((x) => x.name)))}
              onChange={(v) =>
                setParams(
                  parameters.map((x, j) => (j === i ? { ...x, name: v } : x)),
                  `name${i}`,
                )
              }
            />
            <Select
              label={`Parameter ${i + 1} type`}
              value={p.type}
              options={['string', 'number', 'boolean', 'string-list']}
              onChange={(v) =>
                setParams(
                  parameters.map((x, j) => (j === i ? { ...x, type: v ?? 'string' } : x)),
                  `type${i}`,
                )
              }
            />
            <TextInput
              label={`Parameter ${i + 1} token claim`}
              value={p.claim ?? ''}
              placeholder={p.name}
              onChange={(v) =>
                setParams(
                  parameters.map((x, j) => (j === i ? withOptional(x, 'claim', optionalText(v)) : x)),
                  `claim${i}`,
                )
              }
            />
            <TextInput
              label={`Parameter ${i + 1} description`}
              value={p.description ?? ''}
              onChange={(v) =>
                setParams(
                  parameters.map((x, j) => (j === i ? withOptional(x, 'description', optionalText(v)) : x)),
                  `description${i}`,
                )
              }
            />
            <button
              type="button"
              className="sc-button sc-button--small"
              onClick={() =>
                setParams(
                  parameters.filter((_, j) => j !== i),
                  'remove',
                )
              }
            >
              Remove parameter {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="sc-button"
          onClick={() =>
            setParams([...parameters, { name: `param${parameters.length + 1}`, type: 'string' }], 'add')
          }
        >
          Add parameter
        </button>
      </Section>
    </div>
  );
}
