import { useRef, useState } from 'react';
import { StatusMessage } from './Alert';

/**
 * The confirmation of what an action did: `status` is the message's place in the page, `confirm`
 * shows a message there and moves the focus to it, because the control that was used may be gone
 * now and the confirmation is the next thing to read.
 */
export function useConfirmation(initial: string | null = null) {
  const [message, setMessage] = useState(initial);
  const ref = useRef<HTMLDivElement>(null);

  function confirm(next: string) {
    setMessage(next);
    window.setTimeout(() => ref.current?.focus(), 0);
  }

  const status = (
    <div ref={ref} tabIndex={-1} className="status-anchor">
      <StatusMessage>{message}</StatusMessage>
    </div>
  );
  return { confirm, status };
}
