// The shape of a reflection template, built in or from the workspace's `.rapport/templates/`.
// Nothing here imports `vscode`.

/** One of the three habits of customer intimacy a reflection practises. */
export type ReflectionHabit = 'understand' | 'vulnerability' | 'time';

export interface ReflectionTemplate {
  /** Stable id, e.g. `meeting-reflection`. */
  id: string;
  /** Shown in the quick pick: a workspace template's own label; a built-in one is worded by the view from its id. */
  label?: string;
  /** One line under the label in the quick pick: a workspace template's own, when it gives one. */
  description?: string;
  /** The habit the inserted entry is tagged with (`#habit/<habit>`), when it practises one. */
  habit?: ReflectionHabit;
  /**
   * VS Code snippet text: tab stops `$1` / `${1:placeholder}` / `$0`, plus two variables that Rapport
   * substitutes itself before inserting: `${date}` (today, YYYY-MM-DD) and `${customer}` (the
   * customer's name). Any other literal `$` is escaped as `\$`.
   */
  body: string;
}
