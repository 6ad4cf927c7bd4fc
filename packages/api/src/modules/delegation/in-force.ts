/** Delegations in force on a day (the domain's isDelegationInForce) as a query condition on the Delegation entity. */
export function inForceWhere(day: string): Record<string, unknown> {
  return { revokedOn: null, effectiveFrom: { $lte: day }, $or: [{ effectiveTo: null }, { effectiveTo: { $gte: day } }] };
}
