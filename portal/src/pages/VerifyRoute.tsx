import { useId, useState } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { verifyHref } from '../components/certificate/verifyHref';
import { ShieldIcon } from '../components/icons';
import { ErrorState, Loading } from '../components/PageState';
import { VerifyResult } from '../components/verify/VerifyResult';
import { labelCheckHref, MAX_CODE_LENGTH, normalizeLabelCode } from '../components/labels/labelCheck';
import { MAX_NUMBER_LENGTH, verdictWasPrefetched, VerifyRouteQuery } from './verifyQuery';

export { VerifyRouteQuery };

/**
 * The certificate check: type the number printed on an OCOP label, or arrive from its QR code
 * (`/verify/<number>`). The URL holds the number, so a result can be shared and reloaded.
 */
export default function VerifyRoute() {
  const { t } = useI18n();
  const { number: param = '' } = useParams();
  const number = param.trim();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(
    VerifyRouteQuery,
    number
      ? // Every check asks the platform, except the first view of a scanned code, asked for early.
        { variables: { number }, fetchPolicy: verdictWasPrefetched(number) ? 'cache-first' : 'network-only' }
      : skipToken,
  );

  return (
    <div className="verify-page">
      <title>{`${t('verify.title')} · ${t('app.name')}`}</title>
      <header className="page-head verify-head">
        <span className="verify-head-icon" aria-hidden="true">
          <ShieldIcon size={28} />
        </span>
        <div>
          <h1>{t('verify.title')}</h1>
          <p className="page-lead">{t('verify.lead')}</p>
        </div>
      </header>

      <VerifyForm key={number} initial={number} onCheck={(n) => void navigate(verifyHref(n))} />
      <LabelCodeForm onCheck={(code) => void navigate(labelCheckHref(code))} />

      <div className="verify-output" aria-live="polite">
        {!number ? (
          <div className="verify-help card">
            <h2>{t('verify.howTitle')}</h2>
            <ol>
              <li>{t('verify.how1')}</li>
              <li>{t('verify.how2')}</li>
              <li>{t('verify.how3')}</li>
            </ol>
          </div>
        ) : error && !data ? (
          <ErrorState onRetry={() => void refetch()} />
        ) : loading || !data ? (
          <Loading label={t('verify.checking')} />
        ) : (
          <VerifyResult verification={data.verifyOcopCertificate} />
        )}
      </div>
    </div>
  );
}

function VerifyForm({ initial, onCheck }: { initial: string; onCheck: (number: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState(initial);
  const [empty, setEmpty] = useState(false);
  return (
    <form
      className="verify-form card"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = value.trim();
        setEmpty(!trimmed);
        if (trimmed) onCheck(trimmed);
      }}
    >
      <label htmlFor={id}>{t('verify.inputLabel')}</label>
      <div className="verify-form-row">
        <input
          id={id}
          type="text"
          name="number"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          placeholder="OCOP-11-2025-0001"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={MAX_NUMBER_LENGTH}
          aria-invalid={empty || undefined}
          aria-describedby={`${id}-hint${empty ? ` ${id}-error` : ''}`}
        />
        <button type="submit" className="button">
          {t('verify.submit')}
        </button>
      </div>
      <p id={`${id}-hint`} className="verify-hint">
        {t('verify.inputHint')}
      </p>
      {empty && (
        <p id={`${id}-error`} className="verify-error" role="alert">
          {t('verify.inputEmpty')}
        </p>
      )}
    </form>
  );
}

/** The code printed under a label's QR code ("ABCD-EFGH-JKMNP"), typed: opens its check page. */
function LabelCodeForm({ onCheck }: { onCheck: (code: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState('');
  const [empty, setEmpty] = useState(false);
  return (
    <form
      className="verify-form card label-code-form"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        const code = normalizeLabelCode(value);
        setEmpty(!code);
        if (code) onCheck(code);
      }}
    >
      <h2 id={`${id}-title`} className="label-code-title">
        {t('labels.codeFormTitle')}
      </h2>
      <label htmlFor={id}>{t('labels.codeInputLabel')}</label>
      <div className="verify-form-row">
        <input
          id={id}
          type="text"
          name="code"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          placeholder="ABCD-EFGH-JKMNP"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={MAX_CODE_LENGTH}
          aria-invalid={empty || undefined}
          aria-describedby={`${id}-hint${empty ? ` ${id}-error` : ''}`}
        />
        <button type="submit" className="button">
          {t('labels.codeSubmit')}
        </button>
      </div>
      <p id={`${id}-hint`} className="verify-hint">
        {t('labels.codeInputHint')}
      </p>
      {empty && (
        <p id={`${id}-error`} className="verify-error" role="alert">
          {t('labels.codeInputEmpty')}
        </p>
      )}
    </form>
  );
}
