import type { GoalMessages } from './types.js';

/**
 * Persian messages for SMART findings. Import it only where Persian is needed and pass it as
 * `locale`; codes and data are the same in every language.
 * @example
 * import { goalMessagesFa } from 'funnel-math';
 * goalMessagesFa.locale; // => 'fa'
 * @category Goals
 */
export const goalMessagesFa: GoalMessages = /* @__PURE__ */ Object.freeze({
  locale: 'fa',
  findings: /* @__PURE__ */ Object.freeze({
    TITLE_MISSING: 'هدف عنوان ندارد؛ برای آن نامی بگذارید تا همه بدانند درباره چیست.',
    METRIC_MISSING: 'هدف هیچ معیاری را نام نمی‌برد؛ بگویید چه چیزی سنجیده می‌شود (درآمد، تماس‌ها، نرخ برد، …).',
    METHOD_MISSING: 'هدف نمی‌گوید چگونه به دست می‌آید؛ روشی اضافه کنید، مثلاً «فروش مشاوره‌ای محصول اصلی».',
    OWNER_MISSING: 'هدف مسئول ندارد؛ فرد یا تیم مسئول را نام ببرید.',
    KIND_MISMATCH: '«{metric}» یک معیار {expected} است، اما هدف به عنوان هدف {kind} علامت خورده است.',
    TARGET_MISSING: 'هدف مقدار هدف ندارد؛ یک عدد (5,000,000 دلار) یا تغییری نسبت به مبنا (‎+10%) بدهید.',
    TARGET_NOT_NUMERIC: 'مقدار هدف {received} عدد نیست؛ یک عدد، یک درصد یا تغییری مانند ‎+10% بنویسید.',
    TARGET_OUT_OF_RANGE: '«{metric}» نمی‌تواند به {target} برسد: نرخ بین 0% و 100% است و هیچ مقداری اینجا کمتر از 0 نیست.',
    UNIT_MISSING: 'مقدار هدف واحد ندارد؛ ارز (USD) یا آنچه شمرده می‌شود را بگویید.',
    BASELINE_MISSING: 'مقدار هدف یک تغییر است ({change}) اما مبنایی برای آن وجود ندارد؛ مقدار مبنا و دوره آن را اضافه کنید.',
    BASELINE_INVALID: 'مبنای {received} عددی برابر 0 یا بیشتر نیست.',
    NO_CHANGE: 'مقدار هدف با مبنا برابر است ({baseline}): این هدف سطح فعلی را حفظ می‌کند.',
    ACHIEVABLE_UNCHECKED: 'دست‌یافتنی بودن بررسی نشد: سابقه معیار یا یک مبنا بدهید.',
    GROWTH_UNDEFINED: 'تغییر از {baseline} به {target} را نمی‌توان به صورت رشد سنجید (یکی از آن‌ها 0 است)، پس نمی‌توان آن را با سابقه مقایسه کرد.',
    GROWTH_STRETCH: 'هدف به تغییری برابر {growth} نیاز دارد (از {baseline} به {target}) در حالی که سابقه حدود {expected} را نشان می‌دهد؛ این هدفی بلندپروازانه است (z = {z}).',
    GROWTH_ABOVE_HISTORY: 'هدف به تغییری برابر {growth} نیاز دارد (از {baseline} به {target}) در حالی که سابقه حدود {expected} را نشان می‌دهد؛ این بسیار فراتر از سابقه است (z = {z}).',
    REALISTIC_UNCHECKED: 'واقع‌بینانه بودن در برابر قیف فروش و ظرفیت بررسی نشد: قیف، نرخ‌های آن و ظرفیت تیم را بدهید.',
    CAPACITY_TIGHT: 'هدف به {required} «{stage}» در {days} روز کاری نیاز دارد، یعنی {share} از {available} که تیم می‌تواند انجام دهد: جای کمی برای مرخصی یا هفته‌های کند.',
    CAPACITY_SHORTFALL: 'هدف به {required} «{stage}» در {days} روز کاری نیاز دارد، اما تیم فقط {available} را می‌تواند انجام دهد: کمبود {shortfall}.',
    CAPACITY_HIRES_NEEDED: 'هدف به {required} «{stage}» در {days} روز کاری نیاز دارد و انتظار می‌رود تیم {expected} انجام دهد: تعداد فروشنده‌های جدید لازم: {hires}، با شروع کار حداکثر تا {latestStart}.',
    CAPACITY_HIRES_INFEASIBLE: 'هدف به {required} «{stage}» در {days} روز کاری نیاز دارد، انتظار می‌رود تیم {expected} انجام دهد، و هیچ فروشنده جدیدی تا موعد چیزی نمی‌افزاید: دوره آماده‌سازی در این مدت کوتاه چیزی نمی‌دهد.',
    ASSUMED_RATE_ABOVE_ESTIMATE: 'با ظرفیت موجود، هدف فرض می‌کند {assumed} از «{from}» به «{to}» تبدیل شوند، بیشتر از نرخ تاریخی {estimate} (بازه {lower} تا {upper}).',
    ASSUMED_RATE_ABOVE_INTERVAL: 'با ظرفیت موجود، هدف فرض می‌کند {assumed} از «{from}» به «{to}» تبدیل شوند، حتی بیشتر از بالای بازه تاریخی ({lower} تا {upper}).',
    CHANNEL_WITHOUT_HISTORY: 'در کانال «{channel}» هیچ نتیجه قبلی وجود ندارد؛ هدف در کانالی که هرگز در آن نفروخته‌اید یک حدس است.',
    TARGET_ALREADY_WON: 'تاکنون {won} برده شده که به هدف {target} می‌رسد؛ پایپ‌لاین چیزی برای افزودن ندارد.',
    PIPELINE_COVERAGE: 'پایپ‌لاین باز به مبلغ {open} در برابر {remaining} که هنوز باید برده شود: پوشش {coverage}× (هدف {target}، تاکنون برده‌شده {won}).',
    FORECAST_LIKELY: 'پیش‌بینی پایپ‌لاین احتمال {probability} برای رسیدن به هدف {target} تا {deadline} می‌دهد: دست‌کم {warn}.',
    FORECAST_UNLIKELY: 'پیش‌بینی پایپ‌لاین تنها احتمال {probability} برای رسیدن به هدف {target} تا {deadline} می‌دهد، کمتر از {warn}: بگویید بقیه از کجا می‌آید.',
    FORECAST_VERY_UNLIKELY: 'پیش‌بینی پایپ‌لاین تنها احتمال {probability} برای رسیدن به هدف {target} تا {deadline} می‌دهد، کمتر از {fail}: پایپ‌لاین نمی‌تواند این هدف را پیش ببرد.',
    FORECAST_BRACKET_LIKELY: 'پیش‌بینی پایپ‌لاین احتمال رسیدن به هدف {target} تا {deadline} را بین {lower} و {upper} می‌گذارد (کران‌ها، نه یک عدد دقیق)؛ حتی کران پایین دست‌کم {warn} است.',
    FORECAST_BRACKET_UNLIKELY: 'پیش‌بینی پایپ‌لاین احتمال رسیدن به هدف {target} تا {deadline} را بین {lower} و {upper} می‌گذارد (کران‌ها، نه یک عدد دقیق)؛ حتی کران بالا کمتر از {warn} است: بگویید بقیه از کجا می‌آید.',
    FORECAST_BRACKET_VERY_UNLIKELY: 'پیش‌بینی پایپ‌لاین احتمال رسیدن به هدف {target} تا {deadline} را بین {lower} و {upper} می‌گذارد (کران‌ها، نه یک عدد دقیق)؛ حتی کران بالا کمتر از {fail} است: پایپ‌لاین نمی‌تواند این هدف را پیش ببرد.',
    FORECAST_BRACKET_UNDECIDED: 'پیش‌بینی پایپ‌لاین احتمال رسیدن به هدف {target} تا {deadline} را بین {lower} و {upper} می‌گذارد (کران‌ها، نه یک عدد دقیق)؛ از این کران‌ها نمی‌توان گفت که به {warn} می‌رسد یا نه.',
    TEAM_HIRES_NEEDED: 'ظرفیت سهمیه‌ای تیم تا {deadline} برابر {capacity} است، کمتر از هدف {target}: تعداد فروشنده‌های جدید لازم: {hires}، با شروع کار حداکثر تا {latestStart}.',
    TEAM_HIRES_INFEASIBLE: 'ظرفیت سهمیه‌ای تیم تا {deadline} برابر {capacity} است، کمتر از هدف {target}، و هیچ فروشنده جدیدی تا آن زمان ظرفیتی نمی‌افزاید: دوره آماده‌سازی در این مدت کوتاه چیزی نمی‌دهد.',
    START_MISSING: 'هدف تاریخ شروع ندارد؛ بدون آن نمی‌توان سرعت پیشرفت را سنجید.',
    DEADLINE_MISSING: 'هدف مهلت ندارد؛ تاریخی را بدهید که تا آن باید محقق شود.',
    DATE_INVALID: '{field} {received} تاریخ نیست؛ آن را به شکل YYYY-MM-DD بنویسید.',
    DEADLINE_NOT_AFTER_START: 'مهلت {deadline} بعد از تاریخ شروع {start} نیست.',
    HORIZON_TOO_SHORT: 'هدف {days} روز طول می‌کشد؛ کمتر از {min} روز یک کار است، نه یک هدف.',
    HORIZON_TOO_LONG: 'هدف {days} روز طول می‌کشد؛ فراتر از {max} روز، هدف‌های سالانه‌ای بگذارید که به آن برسند.',
    CHECK_IN_MISSING: 'هدف برنامه بازبینی ندارد؛ بگویید پیشرفت هر چند وقت یک بار بررسی می‌شود.',
    CHECK_IN_TOO_SPARSE: 'بازبینی هر {every} روز فقط {count} بار پیش از مهلت ممکن است؛ دست‌کم {min} بار فرصت اصلاح مسیر می‌دهد.',
    PERIOD_MISALIGNED: 'هدف از {start} تا {deadline} است، نه در یک دوره مالی کامل متناسب با سطح خود؛ دوره‌ای که در آن قرار می‌گیرد از {periodStart} تا {periodEnd} است.',
  }),
  words: /* @__PURE__ */ Object.freeze({ activity: 'فعالیت', outcome: 'نتیجه', start: 'تاریخ شروع', deadline: 'مهلت' }),
});
