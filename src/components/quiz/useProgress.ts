/* The islands' access to stored progress: load once after mount, save on every change. */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  browserStore,
  emptyProgress,
  loadProgress,
  saveProgress,
  type KeyValueStore,
  type Notice,
  type Progress,
} from '../../lib/quiz/storage';

let cached: { store: KeyValueStore; persistent: boolean } | undefined;
const getStore = () => (cached ??= browserStore());

export interface ProgressState {
  progress: Progress;
  notices: Notice[];
  /** False during server rendering and until storage has been read. */
  ready: boolean;
  update: (change: (p: Progress) => Progress) => Progress;
  replace: (p: Progress) => void;
}

export function useProgress(): ProgressState {
  const current = useRef<Progress>(emptyProgress());
  const [state, setState] = useState({ progress: current.current, notices: [] as Notice[], ready: false });

  useEffect(() => {
    const { store, persistent } = getStore();
    const loaded = loadProgress(store);
    current.current = loaded.progress;
    setState({
      progress: loaded.progress,
      notices: persistent ? loaded.notices : [...loaded.notices, 'unavailable'],
      ready: true,
    });
  }, []);

  const replace = (next: Progress) => {
    current.current = next;
    const notice = saveProgress(getStore().store, next);
    // Inside an LMS package, src/lib/lms/runtime.ts listens and sends the change to the LMS.
    dispatchEvent(new CustomEvent('nas:progress', { detail: next }));
    setState((s) => ({
      ...s,
      progress: next,
      notices: notice && !s.notices.includes(notice) ? [...s.notices, notice] : s.notices,
    }));
  };
  const update = (change: (p: Progress) => Progress) => {
    const next = change(current.current);
    replace(next);
    return next;
  };
  return { ...state, update, replace };
}
