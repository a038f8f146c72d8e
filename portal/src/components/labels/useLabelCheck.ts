import { useCallback, useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { checkLabelOnce, type LabelCheckAnswer } from './labelCheck';

type Settled =
  | { visit: string; answer: LabelCheckAnswer; error?: undefined }
  | { visit: string; answer?: undefined; error: unknown };

/**
 * Checks `code` once per visit (see checkLabelOnce): the answer, a failure, whether it is on its
 * way, and a retry (a new check).
 */
export function useLabelCheck(code: string | null) {
  const client = useApolloClient();
  const { key } = useLocation();
  const [attempt, setAttempt] = useState(0);
  const visit = `${key}${attempt ? `#${attempt}` : ''}\n${code ?? ''}`;
  const [settled, setSettled] = useState<Settled | null>(null);
  useEffect(() => {
    if (!code) return;
    let live = true;
    checkLabelOnce(client, code, visit.split('\n')[0]!).then(
      (answer) => live && setSettled({ visit, answer }),
      (error: unknown) => live && setSettled({ visit, error }),
    );
    return () => {
      live = false;
    };
  }, [client, code, visit]);
  const current = settled?.visit === visit ? settled : null;
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { answer: current?.answer ?? null, error: current?.error ?? null, loading: !current, retry };
}
