import type { ReactNode } from "react";
import { Alert } from "./alert";
import { Button } from "./button";

/** The end of a dialog form: its error, if any, then Cancel and the submit button. */
export function FormActions(props: { error?: string | null; onCancel: () => void; pending?: boolean; disabled?: boolean; children: ReactNode }) {
  return (
    <>
      {props.error && <Alert>{props.error}</Alert>}
      <div className="flex justify-end gap-2 pt-1">
        <Button onClick={props.onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" pending={props.pending} disabled={props.disabled}>
          {props.children}
        </Button>
      </div>
    </>
  );
}
