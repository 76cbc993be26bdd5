import type { GoalMessages } from './types.js';

/**
 * Arabic messages for SMART findings. Import it only where Arabic is needed and pass it as
 * `locale`; codes and data are the same in every language.
 * @example
 * import { goalMessagesAr } from 'funnel-math';
 * goalMessagesAr.locale; // => 'ar'
 * @category Goals
 */
export const goalMessagesAr: GoalMessages = /* @__PURE__ */ Object.freeze({
  locale: 'ar',
  findings: /* @__PURE__ */ Object.freeze({
    TITLE_MISSING: 'الهدف بلا عنوان؛ سمِّه ليعرف الجميع موضوعه.',
    METRIC_MISSING: 'الهدف لا يحدد مقياسًا؛ اذكر ما يُقاس (الإيرادات، المكالمات، معدل الفوز، …).',
    METHOD_MISSING: 'الهدف لا يذكر كيف سيتحقق؛ أضف طريقة، مثل «البيع الاستشاري لمنتجنا الأساسي».',
    OWNER_MISSING: 'الهدف بلا مسؤول؛ سمِّ الشخص أو الفريق المسؤول عنه.',
    KIND_MISMATCH: '«{metric}» مقياس {expected}، لكن الهدف مصنف على أنه هدف {kind}.',
    TARGET_MISSING: 'الهدف بلا قيمة مستهدفة؛ أعطِ رقمًا (5,000,000 دولار) أو تغييرًا عن خط الأساس (‎+10%).',
    TARGET_NOT_NUMERIC: 'القيمة المستهدفة {received} ليست رقمًا؛ اكتب رقمًا أو نسبة مئوية أو تغييرًا مثل ‎+10%.',
    TARGET_OUT_OF_RANGE: 'لا يمكن أن يبلغ «{metric}» القيمة {target}: المعدل بين 0% و100%، ولا شيء هنا أقل من 0.',
    UNIT_MISSING: 'القيمة المستهدفة بلا وحدة؛ اذكر العملة (USD) أو ما يُعد.',
    BASELINE_MISSING: 'القيمة المستهدفة تغيير ({change}) لكن لا يوجد خط أساس يُقاس منه؛ أضف قيمة خط الأساس وفترته.',
    BASELINE_INVALID: 'خط الأساس {received} ليس رقمًا يساوي 0 أو أكثر.',
    NO_CHANGE: 'القيمة المستهدفة تساوي خط الأساس ({baseline}): هذا الهدف يحافظ على المستوى الحالي.',
    ACHIEVABLE_UNCHECKED: 'لم يُفحص إمكان التحقيق: أعطِ تاريخ المقياس أو خط أساس.',
    GROWTH_UNDEFINED: 'لا يمكن قياس التغيير من {baseline} إلى {target} كنمو (إحدى القيمتين 0)، لذا لا يمكن مقارنته بالتاريخ.',
    GROWTH_STRETCH: 'يتطلب الهدف تغييرًا بنسبة {growth} (من {baseline} إلى {target}) بينما يشير التاريخ إلى نحو {expected}؛ هذا هدف طموح (z = {z}).',
    GROWTH_ABOVE_HISTORY: 'يتطلب الهدف تغييرًا بنسبة {growth} (من {baseline} إلى {target}) بينما يشير التاريخ إلى نحو {expected}؛ هذا أبعد بكثير مما تحقق من قبل (z = {z}).',
    REALISTIC_UNCHECKED: 'لم تُفحص واقعية الهدف مقابل مسار المبيعات والطاقة: أعطِ المسار ومعدلاته وطاقة الفريق.',
    CAPACITY_TIGHT: 'يحتاج الهدف إلى {required} من «{stage}» في {days} يوم عمل، أي {share} من {available} يستطيعها الفريق: هامش ضئيل للإجازات المرضية أو الأسابيع البطيئة.',
    CAPACITY_SHORTFALL: 'يحتاج الهدف إلى {required} من «{stage}» في {days} يوم عمل، لكن الفريق يستطيع {available} فقط: نقص قدره {shortfall}.',
    CAPACITY_HIRES_NEEDED: 'يحتاج الهدف إلى {required} من «{stage}» في {days} يوم عمل، والمتوقع أن يستطيع الفريق {expected}: عدد مندوبي المبيعات الجدد المطلوب: {hires}، يبدؤون في موعد أقصاه {latestStart}.',
    CAPACITY_HIRES_INFEASIBLE: 'يحتاج الهدف إلى {required} من «{stage}» في {days} يوم عمل، والمتوقع أن يستطيع الفريق {expected}، ولا يضيف أي مندوب جديد شيئًا بحلول الموعد النهائي: فترة التأهيل لا تعطي شيئًا في وقت مبكر كهذا.',
    ASSUMED_RATE_ABOVE_ESTIMATE: 'بالطاقة المتاحة يفترض الهدف أن {assumed} من «{from}» تصبح «{to}»، وهذا أعلى من المعدل التاريخي {estimate} (المجال من {lower} إلى {upper}).',
    ASSUMED_RATE_ABOVE_INTERVAL: 'بالطاقة المتاحة يفترض الهدف أن {assumed} من «{from}» تصبح «{to}»، وهذا أعلى حتى من الحد الأعلى للمجال التاريخي (من {lower} إلى {upper}).',
    CHANNEL_WITHOUT_HISTORY: 'لا توجد نتائج سابقة على القناة «{channel}»؛ الهدف على قناة لم تبع عليها من قبل مجرد تخمين.',
    TARGET_ALREADY_WON: 'تم الفوز بالفعل بـ {won}، وهذا يبلغ الهدف {target}؛ لم يبقَ لخط الصفقات ما يضيفه.',
    PIPELINE_COVERAGE: 'خط الصفقات المفتوح البالغ {open} مقابل {remaining} متبقية للفوز بها: تغطية قدرها {coverage}× (الهدف {target}، وما فزتم به حتى الآن {won}).',
    FORECAST_LIKELY: 'يعطي توقع خط الصفقات احتمالًا قدره {probability} لبلوغ الهدف {target} بحلول {deadline}: لا يقل عن {warn}.',
    FORECAST_UNLIKELY: 'يعطي توقع خط الصفقات احتمالًا قدره {probability} فقط لبلوغ الهدف {target} بحلول {deadline}، أقل من {warn}: بيّنوا من أين سيأتي الباقي.',
    FORECAST_VERY_UNLIKELY: 'يعطي توقع خط الصفقات احتمالًا قدره {probability} فقط لبلوغ الهدف {target} بحلول {deadline}، أقل من {fail}: لا يستطيع خط الصفقات حمل هذا الهدف.',
    FORECAST_BRACKET_LIKELY: 'يضع توقع خط الصفقات احتمال بلوغ الهدف {target} بحلول {deadline} بين {lower} و{upper} (حدود، لا رقم واحد دقيق)؛ وحتى الحد الأدنى لا يقل عن {warn}.',
    FORECAST_BRACKET_UNLIKELY: 'يضع توقع خط الصفقات احتمال بلوغ الهدف {target} بحلول {deadline} بين {lower} و{upper} (حدود، لا رقم واحد دقيق)؛ وحتى الحد الأعلى أقل من {warn}: بيّنوا من أين سيأتي الباقي.',
    FORECAST_BRACKET_VERY_UNLIKELY: 'يضع توقع خط الصفقات احتمال بلوغ الهدف {target} بحلول {deadline} بين {lower} و{upper} (حدود، لا رقم واحد دقيق)؛ وحتى الحد الأعلى أقل من {fail}: لا يستطيع خط الصفقات حمل هذا الهدف.',
    FORECAST_BRACKET_UNDECIDED: 'يضع توقع خط الصفقات احتمال بلوغ الهدف {target} بحلول {deadline} بين {lower} و{upper} (حدود، لا رقم واحد دقيق)؛ ولا يمكن منها معرفة ما إذا كان يبلغ {warn}.',
    TEAM_HIRES_NEEDED: 'طاقة الفريق وفق الحصص حتى {deadline} هي {capacity}، أقل من الهدف {target}: عدد مندوبي المبيعات الجدد المطلوب: {hires}، يبدؤون في موعد أقصاه {latestStart}.',
    TEAM_HIRES_INFEASIBLE: 'طاقة الفريق وفق الحصص حتى {deadline} هي {capacity}، أقل من الهدف {target}، ولا يضيف أي مندوب جديد طاقة بحلول ذلك الموعد: فترة التأهيل لا تعطي شيئًا في وقت مبكر كهذا.',
    START_MISSING: 'الهدف بلا تاريخ بداية؛ لا يمكن قياس وتيرة التقدم بدونه.',
    DEADLINE_MISSING: 'الهدف بلا موعد نهائي؛ أعطِ التاريخ الذي يجب تحقيقه قبله.',
    DATE_INVALID: '{field} {received} ليس تاريخًا؛ اكتبه بالشكل YYYY-MM-DD.',
    DEADLINE_NOT_AFTER_START: 'الموعد النهائي {deadline} ليس بعد تاريخ البداية {start}.',
    HORIZON_TOO_SHORT: 'يمتد الهدف {days} يومًا؛ ما دون {min} يومًا مهمة وليس هدفًا.',
    HORIZON_TOO_LONG: 'يمتد الهدف {days} يومًا؛ ما بعد {max} يومًا ضع أهدافًا سنوية تقود إليه.',
    CHECK_IN_MISSING: 'الهدف بلا مواعيد متابعة؛ اذكر كم مرة يُراجع التقدم.',
    CHECK_IN_TOO_SPARSE: 'متابعة كل {every} يومًا لا تتيح سوى {count} قبل الموعد النهائي؛ {min} على الأقل تترك وقتًا لتصحيح المسار.',
    PERIOD_MISALIGNED: 'يمتد الهدف من {start} إلى {deadline}، وليس على فترة مالية كاملة بحسب مستواه؛ الفترة التي يقع فيها تمتد من {periodStart} إلى {periodEnd}.',
  }),
  words: /* @__PURE__ */ Object.freeze({ activity: 'نشاط', outcome: 'نتيجة', start: 'تاريخ البداية', deadline: 'الموعد النهائي' }),
});
