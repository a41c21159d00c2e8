import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/Field';
import { classifySyncError, normalizeServerUrl, type SyncFailure } from './api';
import { failureMessage } from './format';
import { signIn } from './session';

type FieldName = 'serverUrl' | 'workspace' | 'email' | 'password';
type Errors = Partial<Record<FieldName, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Props {
  initial?: { serverUrl: string; workspace: string; email: string } | undefined;
}

/** Server address, workspace, email, password; checked here first, then by the server. */
export function SignInForm({ initial }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    serverUrl: initial?.serverUrl ?? '',
    workspace: initial?.workspace ?? '',
    email: initial?.email ?? '',
    password: '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<SyncFailure | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (name: FieldName) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));

  async function submit(e: SyntheticEvent) {
    e.preventDefault();
    const serverUrl = normalizeServerUrl(values.serverUrl);
    const next: Errors = {};
    if (serverUrl === null) next.serverUrl = t('sync.invalid.serverUrl');
    if (values.workspace.trim() === '') next.workspace = t('sync.invalid.workspace');
    if (!EMAIL.test(values.email.trim())) next.email = t('sync.invalid.email');
    if (values.password === '') next.password = t('sync.invalid.password');
    setErrors(next);
    setFailure(null);
    if (serverUrl === null || Object.keys(next).length > 0) {
      const first = Object.keys(next)[0];
      if (first !== undefined) document.getElementById(`sync-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await signIn({
        serverUrl,
        workspace: values.workspace.trim(),
        email: values.email.trim(),
        password: values.password,
      });
    } catch (error) {
      setFailure(classifySyncError(error));
      setValues((v) => ({ ...v, password: '' }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card sync-form" onSubmit={(e) => void submit(e)} noValidate>
      <div role="alert" className="sync-form__alert">
        {failure !== null ? <p className="sync-error">{failureMessage(t, failure)}</p> : null}
      </div>
      <TextField
        id="sync-serverUrl"
        label={t('sync.serverUrl')}
        hint={t('sync.serverUrlHint')}
        type="url"
        inputMode="url"
        autoComplete="url"
        required
        value={values.serverUrl}
        onChange={set('serverUrl')}
        error={errors.serverUrl}
      />
      <TextField
        id="sync-workspace"
        label={t('sync.workspace')}
        autoComplete="organization"
        required
        value={values.workspace}
        onChange={set('workspace')}
        error={errors.workspace}
      />
      <TextField
        id="sync-email"
        label={t('sync.email')}
        type="email"
        autoComplete="username"
        required
        value={values.email}
        onChange={set('email')}
        error={errors.email}
      />
      <TextField
        id="sync-password"
        label={t('sync.password')}
        type="password"
        autoComplete="current-password"
        required
        value={values.password}
        onChange={set('password')}
        error={errors.password}
      />
      <div className="sync-form__actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('sync.signingIn') : t('sync.signIn')}
        </button>
      </div>
    </form>
  );
}
