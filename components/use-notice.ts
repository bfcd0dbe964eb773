// The review screen's last message ("3 champs remplis", "compétence ajoutée : …"), shown in place
// of the reading status until the next CV.
import { useEffect, useState } from 'preact/hooks';

export function useNotice(runId: string | null): [string | null, (notice: string | null) => void] {
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    // The last message ("skill added: …") was about the previous CV; the status now says this one's
    // progress. A cleared tab (no run) keeps its "cleared" message.
    if (runId) setNotice(null);
  }, [runId]);
  return [notice, setNotice];
}
