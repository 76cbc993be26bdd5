// A CommonJS TypeScript module: `require` resolves the .d.cts declarations.
import funnelMath = require('funnel-math');
import sheets = require('funnel-math/sheets');

const funnel = funnelMath.defineFunnel(['call', 'sale'] as const);
export const calls: number = funnelMath.requiredActivity(funnel, { goal: 50, rates: { sale: '5%' } }).required.call;
// @ts-expect-error a stage the funnel does not have
funnelMath.requiredActivity(funnel, { goal: 50, rates: { sael: '5%' } });
export const sheet = sheets.FUNNEL_REQUIRED(50, [['5%']]);
