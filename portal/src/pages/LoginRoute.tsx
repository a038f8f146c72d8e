import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { homeOf, useViewer } from '../app/viewer';
import { safeNext } from '../components/account/loginHref';
import { useLogin } from '../components/account/useLogin';
import { Loading } from '../components/PageState';
import { SubmitButton } from '../components/form/SubmitButton';

type Problem =
  | { kind: 'invalid' }
  | { kind: 'throttled'; seconds: number }
  | { kind: 'failed' }
  | { kind: 'missing'; email: boolean; password: boolean };

/** A wait of `start.seconds`, counted down every second; a new `start` restarts it. */
function useCountdown(start: { seconds: number } | null): number {
  const [state, setState] = useState({ start, left: start?.seconds ?? 0 });
  if (state.start !== start) setState({ start, left: start?.seconds ?? 0 });
  useEffect(() => {
    if (!start) return;
    const timer = window.setInterval(
      () => setState((s) => (s.start === start ? { ...s, left: Math.max(0, s.left - 1) } : s)),
      1000,
    );
    return () => window.clearInterval(timer);
  }, [start]);
  return state.start === start ? state.left : (start?.seconds ?? 0);
}

/**
 * Logging in with email and password. The server sets an HttpOnly session cookie; afterwards
 * the person is sent back to the page that asked for a login (`?next=`), or home.
 */
export default function LoginRoute() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  // Sent here by a page that needs a login (rather than by the header's "Log in").
  const required = (useLocation().state as { loginRequired?: boolean } | null)?.loginRequired === true;
  // A login from the home page (or from no page) goes on to where the person's work starts.
  const asked = safeNext(params.get('next'), '');
  const next = (viewer: Parameters<typeof homeOf>[0]) => (asked && asked !== '/' ? asked : homeOf(viewer));
  const navigate = useNavigate();
  const { viewer, loading: viewerLoading } = useViewer();
  const [login, { loading }] = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState(false);
  const ids = { email: useId(), password: useId(), problem: useId() };
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const secondsLeft = useCountdown(problem?.kind === 'throttled' ? problem : null);
  const waiting = problem?.kind === 'throttled' && secondsLeft > 0;

  if (viewerLoading) return <Loading />;
  // Already logged in (or just now): straight on.
  if (viewer && !done) return <Navigate to={next(viewer)} replace />;

  const wait = (total: number) => {
    if (total < 60) return t('account.seconds', { count: total });
    const minutes = Math.floor(total / 60);
    const seconds = total % 60;
    return seconds === 0
      ? t('account.minutes', { count: minutes })
      : t('account.minutesSeconds', { minutes, seconds });
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading || waiting) return;
    const missing = { email: !email.trim(), password: !password };
    if (missing.email || missing.password) {
      setProblem({ kind: 'missing', ...missing });
      (missing.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setProblem(null);
    try {
      const payload = await login(email.trim(), password);
      if (payload?.viewer) {
        setDone(true);
        await navigate(next(payload.viewer), { replace: true });
        return;
      }
      const error = payload?.userErrors[0];
      if (error?.code === 'THROTTLED') {
        setProblem({ kind: 'throttled', seconds: error.retryAfterSeconds ?? 60 });
      } else if (error?.code === 'INVALID_CREDENTIALS') {
        setProblem({ kind: 'invalid' });
        setPassword('');
        passwordRef.current?.focus();
      } else {
        setProblem({ kind: 'failed' });
      }
    } catch {
      setProblem({ kind: 'failed' });
    }
  };

  const message =
    problem?.kind === 'invalid'
      ? t('account.invalidCredentials')
      : problem?.kind === 'throttled'
        ? secondsLeft > 0
          ? t('account.throttled', { wait: wait(secondsLeft) })
          : t('account.throttledNow')
        : problem?.kind === 'failed'
          ? t('account.failed')
          : null;
  const missing = problem?.kind === 'missing' ? problem : null;

  return (
    <div className="login-page">
      <title>{`${t('account.loginTitle')} · ${t('app.name')}`}</title>
      <div className="card login-card">
        <h1>{t('account.loginTitle')}</h1>
        <p className="muted">{required ? t('account.loginRequired') : t('account.loginLead')}</p>
        <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={loading}>
          {message && (
            <p
              id={ids.problem}
              className={`form-alert ${problem?.kind === 'throttled' && !waiting ? 'form-info' : ''}`}
              role="alert"
            >
              {message}
            </p>
          )}
          <div className="field">
            <label htmlFor={ids.email}>{t('account.email')}</label>
            <input
              ref={emailRef}
              id={ids.email}
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              autoCapitalize="none"
              spellCheck={false}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={missing?.email || problem?.kind === 'invalid' || undefined}
              aria-describedby={missing?.email ? `${ids.email}-error` : message ? ids.problem : undefined}
            />
            {missing?.email && (
              <p id={`${ids.email}-error`} className="field-error">
                {t('account.emailRequired')}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={ids.password}>{t('account.password')}</label>
            <input
              ref={passwordRef}
              id={ids.password}
              type={showPassword ? 'text' : 'password'}
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={missing?.password || problem?.kind === 'invalid' || undefined}
              aria-describedby={
                missing?.password ? `${ids.password}-error` : message ? ids.problem : undefined
              }
            />
            {missing?.password && (
              <p id={`${ids.password}-error`} className="field-error">
                {t('account.passwordRequired')}
              </p>
            )}
            <label className="checkbox-label">
              <input
                type="checkbox"
                checked={showPassword}
                onChange={(e) => setShowPassword(e.target.checked)}
              />
              {t('account.showPassword')}
            </label>
          </div>
          <SubmitButton
            busy={loading}
            disabled={waiting}
            label={t('account.submit')}
            busyLabel={t('account.submitting')}
            className="button form-submit"
          />
        </form>
      </div>
    </div>
  );
}
