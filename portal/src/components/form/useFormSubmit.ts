import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { failureMessage, type FailureMessages } from './failure';
import { splitUserErrors, type UserErrorLike } from './userErrors';

/** What a refused form shows: the errors under its fields, and those of the form as a whole. */
export interface FormErrorList {
  byField: Record<string, string>;
  general: string[];
}

export const NO_ERRORS: FormErrorList = { byField: {}, general: [] };

/**
 * The one way a portal form sends: its errors (each under its field, and in the summary above the
 * form, focused when shown so that a screen reader reads it and a keyboard starts there), whether
 * it is sending (for the spinner and the disabled button; a second submit meanwhile is ignored)
 * and, when the mutation fails outright (network, FORBIDDEN), that failure in the summary.
 * `failures` names the form's words for it.
 *
 * The form's `send` does the rest: its own checks (`showErrors`), the mutation, the API's user
 * errors (`showUserErrors`) and, on success, `clearErrors` and whatever it shows then.
 */
export function useFormSubmit(failures: FailureMessages) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<FormErrorList>(NO_ERRORS);
  const [submitting, setSubmitting] = useState(false);
  // The guard against a second submit: a ref is current at once, the state only at the next render.
  const sending = useRef(false);
  const summary = useRef<HTMLDivElement>(null);
  // How many times errors were shown: each time, once the summary is in the page (it is not
  // while there is nothing to say), it takes the focus; the same errors again take it again.
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown > 0) summary.current?.focus();
  }, [shown]);

  const showErrors = (next: FormErrorList) => {
    setErrors(next);
    setShown((n) => n + 1);
  };

  /** The API's user errors, by `place` (see splitUserErrors) under their fields or in the summary. */
  const showUserErrors = (
    userErrors: readonly UserErrorLike[],
    place: (path: string) => string | null,
    isEmpty?: (key: string) => boolean,
  ) => showErrors(splitUserErrors(t, userErrors, place, isEmpty));

  const clearErrors = () => setErrors(NO_ERRORS);

  /** Runs `send` unless one is running; a failure it throws is shown in the summary. */
  const run = async (send: () => Promise<void>) => {
    if (sending.current) return;
    sending.current = true;
    setSubmitting(true);
    try {
      await send();
    } catch (failure) {
      showErrors({ byField: {}, general: [t(failureMessage(failure, failures))] });
    } finally {
      sending.current = false;
      setSubmitting(false);
    }
  };

  /** The form's onSubmit: the browser's own submit prevented, then `send` run. */
  const handleSubmit = (send: () => Promise<void>) => (event: FormEvent) => {
    event.preventDefault();
    void run(send);
  };

  return { errors, submitting, summary, showErrors, showUserErrors, clearErrors, run, handleSubmit };
}

/** A form's submit state and actions, as useFormSubmit gives them. */
export type FormSubmit = ReturnType<typeof useFormSubmit>;
