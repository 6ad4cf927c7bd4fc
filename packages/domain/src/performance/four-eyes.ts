/**
 * Four eyes on data: the person who entered a figure may not validate it, so every validated figure was
 * looked at by a second person (the data owner or the MI-responsible manager), unless the council turned the
 * rule off (`Council.fourEyesOnData`). A figure validated by the person who entered it (before the rule, or
 * while it was off) is flagged for the MI-responsible manager. Pure.
 */

export interface FourEyesFigure {
  /** Who entered the figure as it stands (null: an import with no person, or a person since removed). */
  enteredById: number | null;
  validatedById?: number | null;
}

/** The end of a sentence saying why `validatorId` may not validate the figure, or null when they may. */
export function fourEyesRefusal(figure: FourEyesFigure, validatorId: number | null, ruleOn: boolean): string | null {
  if (!ruleOn || validatorId === null || figure.enteredById === null) return null;
  if (figure.enteredById !== validatorId) return null;
  return 'you entered it, and the council asks a second person to validate each figure (four eyes on data).';
}

/** Was the figure validated by the person who entered it? (The MI-responsible manager's flag.) */
export function validatedByEnterer(figure: FourEyesFigure): boolean {
  return figure.enteredById !== null && figure.validatedById !== null && figure.validatedById !== undefined
    ? figure.enteredById === figure.validatedById
    : false;
}
