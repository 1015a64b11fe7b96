import { Button } from './Button';
import type { PanelAction } from './PanelActionError';

/** The keys the buttons' action runs under, so each button shows its own busy state. */
export const orderKeys = {
  move: (id: string, delta: number) => `move-${id}-${delta}`,
  remove: (id: string) => `remove-${id}`,
};

/** The list with the item at `index` moved `delta` places (-1: up, 1: down). */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const next = [...items];
  const [moved] = next.splice(index, 1);
  next.splice(index + delta, 0, moved);
  return next;
}

interface OrderButtonsProps {
  action: PanelAction;
  /** The entry's id in the action keys (orderKeys). */
  id: string;
  /** The entry's name, read out after each button's label. */
  name: string;
  index: number;
  count: number;
  labels: { up: string; down: string; remove: string };
  onMove(delta: number): Promise<unknown>;
  onRemove(): Promise<unknown>;
}

/** Move up, move down and remove, for one entry of a list in order (the agenda, the reserve list). */
export function OrderButtons({ action, id, name, index, count, labels, onMove, onRemove }: OrderButtonsProps) {
  return (
    <div className="utrecht-button-group utrecht-button-group--row">
      {index > 0 && (
        <Button busy={action.busy(orderKeys.move(id, -1))} onClick={() => void onMove(-1)}>
          {labels.up}
          <span className="visually-hidden"> {name}</span>
        </Button>
      )}
      {index < count - 1 && (
        <Button busy={action.busy(orderKeys.move(id, 1))} onClick={() => void onMove(1)}>
          {labels.down}
          <span className="visually-hidden"> {name}</span>
        </Button>
      )}
      <Button busy={action.busy(orderKeys.remove(id))} onClick={() => void onRemove()}>
        {labels.remove}
        <span className="visually-hidden"> {name}</span>
      </Button>
    </div>
  );
}
