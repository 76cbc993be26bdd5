// An ESM TypeScript app: the declarations must give real types, not `any`.
import { defineFunnel, FunnelMathError, requiredActivity, type ActivityPlan, type Ratio } from 'funnel-math';
import { FUNNEL_REQUIRED } from 'funnel-math/sheets';

const funnel = defineFunnel(['call', 'appointment', 'sale'] as const);
const plan = requiredActivity(funnel, { goal: 50, rates: { appointment: '15%', sale: '1/3' } });
export const calls: number = plan.required.call;
export const rate: Ratio | null = plan.stages[1]!.rate;
export const whole: ActivityPlan<'call' | 'appointment' | 'sale'> = plan;
// @ts-expect-error a stage the funnel does not have
requiredActivity(funnel, { goal: 50, rates: { apointment: '15%', sale: '1/3' } });
// @ts-expect-error the result has no such field
export const nothing = plan.requiredCalls;
export const isError = (e: unknown): boolean => e instanceof FunnelMathError && e.code === 'ZERO_RATE';
export const sheet = FUNNEL_REQUIRED(50, [['15%', '1/3']]);
