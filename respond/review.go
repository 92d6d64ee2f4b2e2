package respond

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// The review check reads a reply as sentences and finds in each: review
// words, review actions (asking to change or remove a review, or to write
// one), offers of value, and the words around them that decide what they
// mean: requests or mere permission, completed facts, disclaimers that
// leave the review to the buyer, refusals and explanations of Amazon's
// rules. docs/policy.md describes the verdicts.

var (
	reviewLatin = `reviews?|feedback|ratings?|stars?|commentaires?|comentarios?|comment[io]|kommentare?|bewertung(?:en)?|rezension(?:en)?|sterne|avis|évaluations?|étoiles|reseñas?|valoraci[oó]n(?:es)?|calificaci[oó]n|estrellas|opini[oó]n|recension[ei]|valutazion[ei]|stelle|opinione`
	reviewCJK   = `レビュー|評価|口コミ|クチコミ|フィードバック|星[1-5１-５一二三四五]つ|星[1-5１-５]|★|评价|好评|差评|评论|评分|五星|晒单|反馈`
	// topRating: the best rating there is, in every language.
	topRating = `top marks|full marks|highest (?:possible )?(?:rating|score|marks?)|maximum (?:rating|score|stars)|bestnote|höchstbewertung|höchste(?:n)? bewertung|volle punktzahl|note maximale|meilleure note|máxima (?:puntuación|calificación|valoración|nota)|massimo dei voti|punteggio (?:massimo|pieno)|最高評価|満点|满分|最高分`
	// reviewWordRe finds a review, rating or feedback in any template
	// language, also in German compounds (1-Sterne-Bewertung).
	reviewWordRe = guardAlt(`(?i)` + uw(reviewLatin) + `|` + reviewCJK + `|\p{L}-?(?:bewertung|rezension)|(?i)verkäufer-?feedback|` + topRating + `|(?i)\b(?:votre|cette|une|sa|la) note\b|\bsu (?:nota|puntuación)\b|\bpuntuaci[oó]n\b|\b(?:il suo|suo|un) voto\b|\bpunteggio\b`)

	// positiveReviewRe: asking for a positive review is forbidden outright.
	positiveReviewRe = guardAlt(`(?i)` + uw(`(?:positive|good|great|nice|glowing|5[- ]?stars?|five[- ]?stars?|fünf[- ]?sterne|5[- ]?sterne|positiv\p{L}*|gute)\s+(?:\p{L}+\s+)?(?:reviews?|feedback|ratings?|bewertung(?:en)?|rezension(?:en)?)|5[- ]?stars?|five[- ]?stars?|fünf[- ]?sterne|5[- ]?sterne(?:-\p{L}+)?`) +
		`|` + uw(`(?:bon|bonne|excellent)\s+(?:avis|évaluation|commentaire)|(?:avis|évaluation|commentaire)s?\s+positi(?:f|ve)s?|5\s*étoiles|cinq\s+étoiles`) +
		`|` + uw(`buena\s+(?:reseña|valoración|opinión|calificación)|(?:reseña|valoración|opinión|calificación)\s+positiva|5\s*estrellas|cinco\s+estrellas`) +
		`|` + uw(`(?:buona|ottima)\s+(?:recensione|valutazione)|(?:recensione|valutazione)\s+positiva|feedback\s+positivo|5\s*stelle|cinque\s+stelle`) +
		`|` + topRating + `|高評価|良い評価|好評価|星[5５]|星5つ|星５つ|★[5５]|★{3,}|[5５五]つ星|好评|五星|5星|满分`)
	// neutralReviewRe: "positive or negative" asks for an honest review.
	neutralReviewRe = guardAlt(`(?i)positi\p{L}*\s+(?:or|oder|ou|o|e)\s+(?:\p{L}+\s+)?n[ée]gati\p{L}*|good or bad|gut oder schlecht|好评(?:还是|或)差评|良い評価でも悪い評価でも|良い(?:内容|評価)でも`)
	// satisfiedRe: a review asked for only when the buyer is happy.
	satisfiedRe = guardAlt(`(?i)\b(?:if|since|now that|as long as) you(?:'re|’re| are| were| feel| have been)\b[^.!?\n]*?\b(?:satisfied|happy|pleased|delighted|earned)|\bif (?:everything|all) (?:is|was|went) (?:fine|well|ok|good)` +
		`|\b(?:wenn|falls|sofern) (?:sie|du)\b[^.!?\n]*?\bzufrieden|\bsi vous (?:êtes|étiez|avez été)(?:[^\p{L}]|$)[^.!?\n]*?\b(?:satisfait|content|ravi)|\bsi (?:está|estás|queda|quedas|estuvo|estuviste|ha quedado|has quedado|quedó|quedaste)(?:[^\p{L}]|$)[^.!?\n]*?\b(?:satisfech|content)` +
		`|\bse (?:è|sei|fosse|fossi|è rimast[oa]|sei rimast[oa]|siete)(?:[^\p{L}]|$)[^.!?\n]*?\b(?:soddisfatt|content)|ご満足いただけ(?:た|まし|れば)|ご満足(?:の|いただ)|気に入っていただけ(?:た|まし|れば)|如果您?[^。！？\n]{0,12}(?:满意|喜欢)`)
	// gatingRe: asking unhappy buyers to write to the seller before they
	// review.
	gatingRe = guardAlt(`(?i)\b(?:contact|write to|message|tell|reach) us\b[^.!?\n]*?\b(?:first|before)\b|\bbefore (?:you )?(?:leav|post|writ|submit|rat)\p{L}*` +
		`|\bbevor sie\b[^.!?\n]*?(?:bewert|abgeben|schreiben|hinterlass|veröffentlich)|avant de (?:laisser|publier|écrire|noter|donner)|antes de (?:dejar|publicar|escribir|valorar|calificar)|prima di (?:lasciare|pubblicare|scrivere|valutare)` +
		`|(?:レビュー|評価|投稿)の前に|(?:评价|差评|留评|评论)之前|之前(?:请)?先(?:联系|告诉)` +
		`|\b(?:rather than|instead of) (?:leaving|posting|writing|giving) (?:us )?(?:a |an )?(?:negative |bad |poor |low |critical )?(?:review|feedback|rating)|\bstatt (?:einer |eine |direkt )?(?:negative[n]? |schlechte[n]? )?(?:bewertung|rezension)|\bplutôt que de (?:laisser|publier|écrire) (?:un )?(?:avis|commentaire)|\ben (?:lugar|vez) de (?:dejar|escribir|publicar) (?:una )?(?:reseña|valoración|opinión)|\b(?:anziché|invece di) lasciare (?:una )?(?:recensione|commento|valutazione)|而不是(?:直接)?(?:留|给|写)(?:差评|评价)|\b(?:schreiben|kontaktieren|melden) sie (?:sich )?(?:bitte )?(?:uns )?(?:bitte )?(?:zuerst|zunächst|erst)\b|\b(?:contactez|écrivez)-nous (?:d['’]abord|en premier)\b|\b(?:contáctenos|escríbanos|contáctanos|escríbenos) (?:primero|antes)\b|\bci (?:scriva|contatti) (?:prima|subito)\b|\b(?:scriveteci|contattateci|scrivici|contattaci) prima\b|まず(?:は)?(?:当店|弊社)?(?:に|へ|まで)?(?:ご連絡|連絡|メッセージ)|(?:请)?先(?:联系|告诉)我们`)

	// changeActRe: verbs that change or remove a review, as stems (every
	// tense and mood: "remove", "removed", "entfernt", "anzupassen",
	// "elimine", "rimuova", "削除", "删掉").
	changeActRe = guardAlt(`(?i)\b(?:remov|delet|chang|updat|revis|edit|withdr[ae]w|amend|reconsider|modif|adjust|retract|revisit|rethink|bump|rais|upgrad|boost)\p{L}*|\btak\p{L}* (?:\p{L}+ )?down\b|\b(?:is|are|be|has|have) (?:been )?(?:gone|offline|hidden)\b|\bno longer (?:visible|online|shown|there|live|listed|posted|displayed|published)\b|\bno longer (?:up )?(?:on|in) (?:the |our |your |its )?(?:listing|product|page|amazon|shop|store)|\bn['’](?:est|soit) plus (?:visible|en ligne|affiché)|\bdisappear\p{L}*|\bverschwunden\b|nicht mehr (?:sichtbar|online|zu sehen)|\bdisparu|desaparezca|ya no (?:aparece|es visible|está)|\bsparit\p{L}*|non è più (?:visibile|online)|消え|非表示|消失|不见了|\bpull\p{L}* (?:\p{L}+ )?down\b` +
		`|\p{L}*(?:entfern|lösch|änder|anpass|anzupass|angepasst|zurückzieh|zurückzuzieh|zurückgezogen|zurücknehm|überarbeit|aktualisier|korrigier|bearbeit|revidier|überdenk)\p{L}*` +
		`|(?:^|[^\p{L}])(?:modifi|supprim|retir|chang|révis|revoir|enlev|effac|ajust|rectifi|reconsidér|actualis)\p{L}*|mett\p{L}* (?:\p{L}+ )?à jour|mise à jour` +
		`|(?:^|[^\p{L}])(?:elimin|borr|cambi|modific|actualic|actualiz|rectific|corrij|correg|retir)\p{L}*|(?:^|[^\p{L}])(?:quit(?:ar|en|ara|aran|ado|ada)(?:la|lo)?|quítel[ao])(?:[^\p{L}]|$)` +
		`|(?:^|[^\p{L}])(?:rimuov|rimoss|aggiorn|ritir|rived|rettific|togli|tolt)\p{L}*|(?:^|[^\p{L}])(?:cancellar(?:e|la|lo)|cancelli|cancellat[ao])(?:[^\p{L}]|$)` +
		`|削除|変更|修正|取り消|取消|書き直|書き換|更新|見直|編集|撤回|取り下げ|下げて|删除|删掉|删了|修改|更改|撤销|撤回|撤掉|改成|改为|改一下|改评|追评|编辑`)
	// pronounActRe: a change verb whose object is a pronoun ("take it
	// down", "remove it", "la supprimer", "eliminarla", "rimuoverla"):
	// the review is named in an earlier sentence.
	pronounActRe = guardAlt(`(?i)\b(?:remov|delet|chang|updat|edit|withdr[ae]w|modif|adjust)\p{L}* (?:it|them)\b|\btak\p{L}* (?:it|them) down\b|\b(?:la|le|l['’]) (?:supprimer|modifier|retirer|changer|enlever|mettre à jour)|(?:elimin|borr|modific|cambi|actualiz|quit)ar(?:la|lo)\b|(?:rimuover|eliminar|modificar|cambiar|aggiornar)(?:la|lo)\b`)
	// writeActRe: asking for a review to be written, in request forms
	// (not "the review you left").
	writeActRe = guardAlt(`(?i)\b(?:leave|leaves|leaving|write|writes|writing|post|posts|posting|share|shares|sharing|give|gives|giving|submit\p{L}*|publish\p{L}*|rate)\b|\b(?:is|goes|went) live\b|\bscreenshot` +
		`|\b(?:hinterlass|schreib|abgeb|abzugeb|veröffentlich|verfass|geben)\p{L}*|\bteilen sie` +
		`|\b(?:laiss|écri|écrire|publi|partag|donn|déposer|poster|noter)\p{L}*|capture d['’]écran` +
		`|\b(?:dej|escrib|publiq|public|compart|valor)\p{L}*|captura` +
		`|\b(?:lasci|scriv|pubblic|condivid)\p{L}*|\bdar(?:e|ci|ne)\b|screenshot` +
		`|書いて|書き込|投稿|残して|お寄せ|をお願い|スクリーンショット|写(?:个|一下|一个)?|留下|留个|给(?:我们)?(?:一个|个)?(?:好评|五星|评价)|发表|晒|打(?:个)?分|截图`)
	// replyThanksRe: thanking for something (a review the buyer has left).
	replyThanksRe = guardAlt(`(?i)\b(?:thank(?:s| you)|many thanks|we appreciate (?:your|the))\b|\bdank|\bmerci\b|\bgracias\b|\bgrazie\b|\bringrazi\p{L}*|ありがと|感謝|感谢|谢谢|多谢`)

	// valueRe: anything of value that a review must never be tied to.
	valueRe = guardAlt(`(?i)\b(?:refund\p{L}*|reimburs\p{L}*|money back|cash ?back|credited back|replacement\p{L}*|reship\p{L}*|resend\p{L}*|re-send|free|at no (?:extra )?cost|no charge|on us|gifts?|gift cards?|vouchers?|discount\p{L}*|coupons?|rebates?|bonus|compensat\p{L}*|warranty extension|extend\p{L}* (?:the |your )?warranty|freebies?|rewards?|(?:a|an|store|account|goodwill)\s+(?:[^\s.!?]+\s+)?credit|a little something|a small (?:gift|token|surprise|present))\b|\bgarantie\b[^.!?\n]{0,30}?verlänger\p{L}*|\bverlänger\p{L}*[^.!?\n]{0,30}?\bgarantie|\bkleine aufmerksamkeit\b|\bextension de (?:la |votre )?garantie|\bprolong\p{L}* (?:la |votre )?garantie|\bpetite attention\b|\bampli\p{L}* (?:la |su )?garantía|\bextensión de (?:la |su )?garantía|\bpequeño detalle\b|\bestend\p{L}* (?:la )?garanzia|\bestensione (?:della )?garanzia|\bprolung\p{L}* (?:la )?garanzia|\bpiccolo pensiero\b|\bpensierino\b|保証(?:期間)?を[^。！？\n]{0,8}延長|延長保証|ささやかな(?:品|プレゼント|お礼)|粗品|延长[^。！？\n]{0,6}保修|保修期?延长|延保|小心意|\b(?:send|sent|sending|ship|shipped|shipping|post|posted|mail|mailed) you (?:a |an )?(?:new|second|another|brand-new|fresh|spare)\b|\d+\s?% back|\byou (?:can|may) keep (?:it|them|the)\b|\bcover (?:the )?(?:cost|costs|shipping|postage|return)\b|\bwaive\p{L}*|\bon the house\b|\b(?:an?|ein(?:e|en)?|un|une|una|uno)\s+(?:new|neue[snrm]?|nouvel(?:le)?|nuev[oa]|nuov[oa])\s+(?:\p{L}+\s+)?(?:one|unit|item|set|pair|device|gerät|exemplar|artikel|article|exemplaire|produit|artículo|unidad|producto|articolo|prodotto|pezzo)\b|\d+\s?% off\b|\d+\s?%\s?(?:rabatt|de réduction|de descuento|di sconto)|\d+\s?[%％]\s?(?:オフ|OFF|割引)|打[\d一二三四五六七八九]+折` +
		`|\b(?:senden|schicken) (?:wir )?ihnen (?:\p{L}+ )?(?:neue|neuen|neues|zweite\p{L}*|weitere\p{L}*)|\bnous vous (?:enverrons|envoyons|renvoyons|expédions|expédierons) (?:un|une) (?:\p{L}+ )?(?:nouv\p{L}*|neu[fv]e?|second\p{L}*|autre)|\ble (?:enviaremos|enviamos|mandaremos|mandamos) (?:un|una|otr[oa]) (?:\p{L}+ )?(?:nuev|segund|otr)\p{L}*|\ble (?:spediremo|spediamo|invieremo|inviamo|mandiamo|manderemo) (?:un|una|un['’]) ?(?:\p{L}+ )?(?:nuov|second|altr)\p{L}*` +
		`|(?:^|[^\p{L}])(?:behalten sie|dürfen sie \p{L}+ behalten|können sie \p{L}+ behalten)|\bübernehmen (?:wir )?(?:die )?(?:kosten|versandkosten)|\bgarder (?:le|la|les)\b|\bprenons en charge\b|\bquedarse con\b|\bnos hacemos cargo\b|\bpuò tenere\b|\bci facciamo carico\b|負担いたします|无需退回|不用退回|承担` +
		`|\p{L}*erstatt\p{L}*|geld zurück|zurück(?:zahl|überweis|geb|buch)\p{L}*|(?:^|[^\p{L}])(?:überweisen|zahlen|buchen|geben)\b[^.!?\n]*?\bzurück\b|\bersatz\p{L}*|kostenlos\p{L}*|\bgratis\b|\bumsonst\b|geschenk\p{L}*|gutschein\p{L}*|rabatt\p{L}*|\bnachlass|entschädig\p{L}*|kulanz\p{L}*|gutschrift|\bprämie` +
		`|rembours\p{L}*|remplac\p{L}*|renvo\p{L}*|gratuit\p{L}*|\boffert\p{L}*|\boffr\p{L}*|cadeau\p{L}*|bon d['’]achat|réduction|\bremise\b|dédommag\p{L}*|\bcompensation` +
		`|reembols\p{L}*|\ble devolv\p{L}*|devolverle|reemplaz\p{L}*|sustitu\p{L}*|sin (?:ningún |ningun )?(?:coste|costo|cargo)|\bregal\p{L}*|obsequi\p{L}*|descuento\p{L}*|cup[oó]n\p{L}*|compensaci\p{L}*|indemniz\p{L}*` +
		`|rimbors\p{L}*|sostitu\p{L}*|omaggio|\bsconto|\bbuono\b|risarc\p{L}*|\bcompens\p{L}*|senza (?:alcun )?cost\p{L}*|rispedi\p{L}*` +
		`|返金|返品不要|交換|取り替え|取替|代替品|新しい(?:商品|もの|製品|品)|新品|無料|無償|割引|ギフト|プレゼント|特典|謝礼|クーポン|再送|再発送|補償|お詫びの品` +
		`|(?:寄|发)(?:一个|一件|个|件)?新的|退款|返现|返款|返还|红包|补偿|赔偿|赠品|礼品|礼物|送您|赠送|免费|补发|换货|重新发|优惠|折扣|代金券`)
	// notValueRe: phrases with a value word that offer nothing ("feel free
	// to", "free of defects").
	notValueRe = guardAlt(`(?i)\bfeel free\b|\b(?:are|is|be|'re|’re) free to\b|\bfree (?:of|from) (?:defects|damage|charge to you)\b|\bfree returns?\b|\breturns? (?:is|are) free\b|kostenlose? rücksendung|retours? gratuit|devoluci[oó]n gratuita|resi? gratuit|返品無料|免费退货|\bfree to (?:write|decide|leave|choose|update)|\bliber[oa] di|\blibre de`)
	// pastRe: the value is a fact of the past (the refund has been
	// issued, the replacement arrived), not an offer.
	pastRe = guardAlt(`(?i)\b(?:has|have|had) been\b|\balready\b|\b(?:was|were) (?:delivered|sent|issued|processed|refunded|shipped|received|credited)\b|\b(?:arrived|reached you|has reached|is working|works (?:well|fine|again|perfectly)|fitted|went through)\b|\bwe(?:'ve|’ve| have) (?:issued|refunded|sent|processed|shipped|credited)\b` +
		`|\bbereits\b|\bschon\b|\b(?:angekommen|eingetroffen|erstattet|versandt|verschickt|geliefert|zugestellt|gutgeschrieben|ausgetauscht|ersetzt) (?:ist|sind|wurde|wurden|worden ist)\b|\bwieder (?:läuft|funktioniert)\b|\bläuft wieder\b|\b(?:ist|sind|wurde|wurden)\b[^.!?\n]*?\b(?:angekommen|eingetroffen|erstattet|versandt|verschickt|geliefert|zugestellt|gutgeschrieben)\b|\bfunktioniert\b` +
		`|\bdéjà(?:[^\p{L}]|$)|\b(?:est|sont|a été|ont été|soit|soient|ait été|aient été) (?:bien )?(?:arrivée?s?|livrée?s?|effectuée?s?|remboursée?s?|expédiée?s?|reçue?s?|parvenue?s?)|\bvous (?:est|sont|soit|soient) (?:bien )?(?:parvenue?s?|arrivée?s?)|\bfonctionne\b` +
		`|\bya\b|\b(?:ha|han|haya|hayan) (?:llegado|sido)\b|\bhaya(?:n)? (?:\p{L}+ )?(?:llegado|recibido|funcionado|resuelto|solucionado)\b|\bhemos (?:\p{L}+ )?(?:reembolsado|enviado|procesado|tramitado)|\bse (?:ha|han) (?:tramitado|enviado|procesado)|\bfunciona\b` +
		`|\bgià(?:[^\p{L}]|$)|(?:^|[^\p{L}])(?:è|sono|sia|siano) (?:stat[oaie] )?(?:ben )?(?:arrivat|consegnat|rimborsat|spedit|emess|effettuat|accreditat|andat)\p{L}*|\ba buon fine\b|\babbiamo (?:\p{L}+ )?(?:rimborsato|inviato|spedito|emesso)|\bfunziona\b` +
		`|\bon (?:its|the) way\b|\bunterwegs\b|\ben (?:route|chemin)\b|\ben camino\b|\bin (?:arrivo|viaggio)\b|\bin transito\b|届き|届いた|到着しました|発送済|配送中|在路上|运输中|済み|済です|いたしました|しました|完了|動作して|已经|已(?:于|办理|退|发|收到|完成|为您|经)|收到了|正常使用`)

	// permissionRe: the buyer may act, nothing is asked ("it is possible
	// to update", "you may", "können Sie gern").
	permissionRe = guardAlt(`(?i)\bit(?:'s|’s| is) possible\b|\byou (?:may|can|could also|are welcome|'re welcome|’re welcome|are free|'re free|’re free)\b|\bfeel free\b|\bif you (?:wish|like|want|prefer)\b|\bshould you wish\b|\bwelcome to\b` +
		`|\b(?:können|dürfen) sie\b|\b(?:kannst|darfst) du\b|\bdu (?:kannst|darfst)\b|\b(?:falls|wenn) du (?:möchtest|willst|magst)\b|\bes ist\b[^.!?\n]*?\bmöglich|\b(?:falls|wenn) sie (?:möchten|wollen|mögen|mögen)\b` +
		`|\bil (?:vous )?est possible|\bvous (?:pouvez|pourrez|êtes libre)\b|\blibre à (?:vous|toi)|\btu (?:peux|pourras|es libre)\b|\bsi tu (?:le )?(?:souhaites|veux|préfères)\b|\bsi vous (?:le )?(?:souhaitez|désirez|voulez)` +
		`|\b(?:usted )?puede\b|\bpodrá(?:[^\p{L}]|$)|\bes posible|\bsi (?:lo )?(?:desea|quiere|prefiere)\b|\b(?:tú )?puedes\b|\bpodrás(?:[^\p{L}]|$)|\bsi (?:lo )?(?:deseas|quieres|prefieres)\b` +
		`|\b(?:lei )?può(?:[^\p{L}]|$)|\bpotrà(?:[^\p{L}]|$)|è possibile|\bse (?:lo )?(?:desidera|vuole|preferisce)\b|\b(?:tu )?puoi\b|\bpotrai(?:[^\p{L}]|$)|\bse (?:lo )?(?:desideri|vuoi|preferisci)\b` +
		`|可能です|ことも可能|できます|ご自由|任意|可以|可选择|可自行|自愿|随意`)
	// requestRe: asking for the review action, or tying it to a condition
	// or a sequence.
	requestRe = guardAlt(`(?i)\b(?:please|kindly|we ask|we'd ask|we’d ask|we would ask|ask you|would you|could you|can you|will you|appreciate it|be grateful|would love|'d love|’d love|would help|it'd help|it would help|would mean|need you to|only ask|one (?:small )?(?:thing|favou?r)|quick favou?r|in return|in exchange|first|once|as soon as|after that|afterwards|then|to receive|to get)\b` +
		`|\bbitte\b|\bbitten\b|\bwürden sie\b|\bkönnten sie\b|\bdankbar\b|\bsobald\b|\bnachdem\b|\bzuerst\b|\bvorher\b|\bim gegenzug\b|\bdanach\b` +
		`|\bmerci de\b|\bveuillez\b|\bvous (?:prions|demandons|serions reconnaissants)|\bpourriez-vous|\bpouvez-vous|\bil (?:nous )?suffit|\bdès que\b|\bune fois\b|\bd['’]abord\b|\ben contrepartie\b|\ben échange\b|\ben retour\b|\bensuite\b` +
		`|\bpor favor\b|\ble (?:pedimos|pediríamos|rogamos)\b|\bpodría\b|\ble agradecer\p{L}*|\bsolo le pedimos|\ben cuanto\b|\buna vez\b|\bdespués\b|\bprimero\b|\ba cambio\b` +
		`|\bper favore\b|\bla preghiamo\b|\ble (?:chiediamo|chiederemmo)\b|\bpotrebbe\b|\bgentilmente\b|\bgrat[oia]\b|\bci basta\b|\bbasta che\b|\bnon appena\b|\buna volta\b|\bdopo\b|\bprima\b|\bin cambio\b` +
		`|お願い|幸い|ください|いただけますでしょうか|いただけませんか|いただけないでしょうか|いただけますか|次第|たら|まず|代わりに|引き換え|確認後` +
		`|请|麻烦|希望您|能否|可否|只要|之后|以后|后再|先把|先将|作为回报|换取|确认后`)

	// disclaimRe: the review is left to the buyer and has no bearing on
	// anything done for them.
	disclaimRe = guardAlt(`(?i)\bregardless\b|\birrespective of\b|\bno obligation\b|\bnot obliged\b|\bup to you\b|\byour (?:own )?(?:decision|choice)\b|\boptional\b|\b(?:has|have|had|will have) no (?:effect|bearing|influence|impact)|\b(?:does|do|will)(?: not|n't|n’t) (?:affect|change|depend)|\bno bearing\b|\bnot (?:conditional|tied|linked|connected)\b|\bindependent(?:ly)? of\b|\bwhether or not\b|\bwhatever you decide\b|\b(?:entirely|completely|totally|wholly) your (?:call|choice)\b|\bthe decision is (?:entirely )?yours\b|\bleave (?:that|the|this) (?:decision|choice)\b` +
		`|\bunabhängig\b|überlassen\b|\bliegt (?:ganz |allein |völlig |einzig )?bei ihnen\b|\bentscheiden (?:\p{L}+ )?(?:allein|selbst|ganz) sie\b|\bentscheiden sie (?:\p{L}+ )?(?:allein|selbst)\b|\bganz wie sie (?:möchten|wollen|mögen)\b|\b(?:ihre|deine) entscheidung\b|\bliegt (?:ganz |allein |völlig )?bei dir\b|\bfreiwillig\b|\bkeine verpflichtung\b|\bunverbindlich\b|\bkeinen einfluss\b|\bkeinerlei einfluss\b|\bnicht (?:an|mit) \p{L}+ (?:geknüpft|gebunden|verbunden)` +
		`|\bindépendamment\b|\bquel(?:le)? que soit\b|\baucune obligation\b|(?:^|[^\p{L}])à votre discrétion|\bentièrement libre\b|\b(?:votre|ton|ta) (?:choix|décision)\b|\bc['’]est toi qui (?:décides|vois)\b|\bc['’]est vous qui (?:décidez|voyez)\b|\bcomme vous le souhaitez\b|\bfacultati\p{L}*|\bne change rien\b|\bn['’](?:a|aura) aucun(?:e)? (?:incidence|influence|effet|impact)|\bsans (?:aucune )?condition\b` +
		`|\bindependientemente\b|\bsin importar\b|\bsin (?:ninguna )?obligación\b|\bsin compromiso\b|\bopcional\b|\b(?:su|una|tu) decisión\b|\bdecisión (?:tuya|suya)\b|\b(?:usted|tú) decides?\b|\b(?:queda|lo dejamos) a (?:su|tu) (?:criterio|elección)\b|\bcomo (?:usted )?prefiera\b|\bno afecta\b|\bno influye\b|\bno está condicionad` +
		`|\bindipendentemente\b|\ba prescindere\b|\bnessun obbligo\b|\bsenza (?:alcun )?obbligo\b|\bfacoltativ\p{L}*|\b(?:la )?decisione è(?:[^\p{L}]|$)|\b(?:sua|tua) decisione\b|\bdecisione (?:sua|tua)\b|\ba (?:sua|tua) scelta\b|\bcome preferisci\b|\bcome preferisce\b|\ba sua discrezione\b|\bnon influisce\b|\bnon incide\b|\bnon è condizionat` +
		`|ご判断|お任せ|ご自由|任意|関係なく|かかわらず|関わらず|影響(?:は|も)?(?:ございません|ありません|しません)|無関係|義務はございません` +
		`|由您决定|您可以自行决定|自行决定|随您|您自己决定|自愿|无论|不论|没有任何关系|无关|不影响|不会影响|没有义务`)

	// eitherWayRe: the remedy happens whatever the buyer writes ("the
	// replacement ships either way", "so oder so", "dans tous les cas").
	// It leaves the review to the buyer only in a sentence that asks
	// nothing (see reviewSentences).
	eitherWayRe = guardAlt(`(?i)\beither way\b|\bno matter what\b|\bwhatever you (?:write|decide|think|feel|choose)\b|\bso oder so\b|\bin jedem fall\b|\bwas (?:auch )?immer sie\b|\bdans tous les cas\b|\bquoi que vous\b|\bquoi qu['’]il en soit\b|\bde todos modos\b|\bde todas formas\b|\ben cualquier caso\b|\bpase lo que pase\b|\bin ogni caso\b|\bcomunque vada\b|\bqualunque cosa (?:scriva|decida)\b|いずれにしても|どちらにしても|関係(?:は)?(?:ございません|ありません)|とは関係|不管您|无论如何|都会(?:寄|发|退|补)`)

	// refusalRe: declining or stating what the seller may not do.
	refusalRe = guardAlt(`(?i)\b(?:can't|can’t|cannot|can not|unable|not able|aren't able|aren’t able|isn't possible|not (?:allowed|permitted|possible)|(?:aren't|aren’t|isn't|isn’t|weren't|weren’t) (?:allowed|permitted)|(?:do|does|did)(?: not|n't|n’t) (?:allow|permit|accept|offer|use|support|let)|(?:allows?|permits?|accepts?) neither|prohibit\p{L}*|forbid\p{L}*|won't be able|won’t be able|(?:not|never) be able|no way (?:to|of)|not in a position|decline|must not|may not|mustn't|against\b[^.!?\n]*?\b(?:rules|polic\p{L}*|guidelines|terms)|only (?:able to |allowed to )?(?:communicate|talk|speak|reply|accept|contact|use))\b` +
		`|\b(?:können|dürfen|darf|kann)\b[^.!?\n]*?\b(?:nicht|keine?n?|nur)\b|\bleider nicht\b|\b(?:nicht|keine?\p{L}*)\b[^.!?\n]*?\bzu (?:können|dürfen)\b|\b(?:erlaubt|gestattet|akzeptiert|erlauben|gestatten|akzeptieren)\b[^.!?\n]*?\b(?:nicht|keine?\p{L}*)\b|\bnicht (?:erlaubt|gestattet|möglich)\b|\buntersagt\b|\bverboten\b|\bausschließlich (?:über|per|via)\b|\bablehnen\b` +
		`|\bne\s+(?:[\p{L}'’]+\s+){0,3}?(?:pas|aucun\p{L}*|jamais)\b|\bn['’]\p{L}+\s+(?:[\p{L}'’]+\s+){0,3}?(?:pas|aucun\p{L}*|jamais)\b|\bne\s+(?:[\p{L}'’]+\s+){0,2}?ni\b|\bn['’]\p{L}+\s+(?:[\p{L}'’]+\s+){0,2}?ni\b|\bne (?:pouvoir|pouvons|pourrons|pouvions|saurions|peux|peut)\b|\binterdit|\bpas autorisé|\buniquement (?:via|par|sur|à travers)\b|\bimpossible\b` +
		`|\bno (?:nos |le |les |lo |la |se )?(?:podemos|puedo|poder(?:lo|la|le|les)?|podamos|podríamos|podremos|permit\p{L}*|está permitido|es posible|aceptamos|ofrecemos|debemos)\b|\bprohíb\p{L}*|\bprohib\p{L}*|\bsolo podemos\b|únicamente (?:a través|por|mediante|vía)\b|\bimpid\p{L}*` +
		`|\bnon (?:ci |le |lo |la |si |è |ne )?(?:possiamo|posso|poter(?:e|la|lo|le|vi|ci|gli)?|potremo|potremmo|è possibile|è consentito|consent\p{L}*|permett\p{L}*|accettiamo|offriamo)\b|\bvietat\p{L}*|\bproibit\p{L}*|\bsolo tramite\b|\besclusivamente (?:tramite|via|attraverso|su)\b|\bimpedisc\p{L}*|\bconsentono\b[^.!?\n]*?\bsolo\b` +
		`|できません|できかねます|認められて(?:おりません|いません)|行えません|いたしかねます|かねます|禁止|控えさせて|ご遠慮|限られて|のみとなって|のみで|お受けできません` +
		`|不能|无法|没办法|没有办法|不可以|不允许|禁止|不得|只能|不接受|不支持|不方便`)
	// amazonRuleRe: explaining Amazon's rules.
	amazonRuleRe = guardAlt(`(?i)\bamazon (?:only (?:allows|permits)|allows only|nur erlaubt|erlaubt nur|n['’]autorise que|solo permite|permite solo|permite únicamente|consente solo|permette solo)\b|\bregol(?:a|e|amento) di amazon|\bamazon(?:'s|’s)?(?: \p{L}+)?(?: \p{L}+)? (?:rules|polic\p{L}*|guidelines|terms|requires|require|asks)\b|\b(?:rules|polic\p{L}*|guidelines|terms) of amazon\b|amazon-richtlinien|richtlinien von amazon|règles d['’]amazon|politique d['’]amazon|conditions d['’]amazon|normas de amazon|políticas de amazon|regole di amazon|norme di amazon|politiche di amazon|amazonの(?:規約|ポリシー|規定|ガイドライン)|亚马逊的?(?:规定|政策|规则)|根据亚马逊`)
	// exchangeRe: a trade of one thing for another.
	exchangeRe = guardAlt(`(?i)\b(?:exchange|in return|link\p{L}*|tie|tied|condition\p{L}*|im gegenzug|verknüpf\p{L}*|gegenleistung|en échange|en contrepartie|lier|a cambio|vincul\p{L}*|in cambio|collegare)\b|引き換え|見返り|换取|交换|挂钩`)
)

// valueIsCondition reports whether the offer at v in the sentence
// text[lo:hi] is the buyer's satisfaction with something already given
// ("if you are happy with the replacement, you can update your review"),
// not an offer.
func (c *checker) valueIsCondition(v []int, lo, hi int) bool {
	for _, cl := range clauseSpans(c.text[lo:hi]) {
		a, b := lo+cl[0], lo+cl[1]
		if v[0] >= a && v[0] < b {
			return within(c.hits(satisfiedRe), a, b) || within(c.hits(buyerHappyRe), a, b)
		}
	}
	return false
}

// revisitAsk reports whether the sentence text[lo:hi] asks or wishes,
// in the clause that names a review, that the buyer do something with
// the review, whatever the verb ("take another look at", "reflect",
// "noch einmal ansehen", "もう一度ご覧", "再看一下"): not a thank-you or an
// apology for it, feedback sent to the seller ("let us know your
// feedback"), a review the seller has read, or one named after a
// preposition ("the problem described in your review").
func (c *checker) revisitAsk(lo, hi int) bool {
	if !within(c.hits(askRe), lo, hi) && !within(c.hits(wishRe), lo, hi) {
		return false
	}
	if !within(c.hits(yourReviewRe), lo, hi) {
		return false
	}
	cls := clauseSpans(c.text[lo:hi])
	for k, cl := range cls {
		a, b := lo+cl[0], lo+cl[1]
		asks := func(a, b int) bool { return within(c.hits(askRe), a, b) || within(c.hits(wishRe), a, b) }
		if !within(c.hits(reviewWordRe), a, b) || !asks(a, b) && (k == 0 || !asks(lo+cls[k-1][0], lo+cls[k-1][1])) {
			continue // the ask is in the review's clause or the one before ("we ask you, kindly, to look at …")
		}
		if within(c.hits(replyThanksRe), a, b) || within(c.hits(apologyRe), a, b) || within(c.hits(toUsRe), a, b) || within(c.hits(readReviewRe), a, b) || within(c.hits(inReviewRe), a, b) && !within(c.hits(reflectRe), a, b) || within(c.hits(sellerActsRe), a, b) {
			continue
		}
		return true
	}
	return false
}

var (
	// apologyRe: being sorry about something.
	apologyRe = guardAlt(`(?i)\b(?:sorry|apologi[sz]e\p{L}*|regret)\b|\bleid\b|\bentschuldig\p{L}*|\bbedauer\p{L}*|\bdésolé\p{L}*|\bexcus\p{L}*|\bregrett\p{L}*|\bsentimos\b|\blamenta\p{L}*|\bdisculp\p{L}*|\bperdón\b|\bci dispiace\b|\bscus\p{L}*|申し訳|すみません|お詫び|抱歉|对不起|不好意思`)
	// readReviewRe: the seller read or saw the review.
	readReviewRe = guardAlt(`(?i)\b(?:read|saw|seen|noticed|received|gelesen|gesehen|erhalten|lu|vu|reçu|leído|visto|recibido|letto|ricevuto)\b|拝見|拝読|読ませて|看到|收到|读了`)
	// inReviewRe: a review named after a preposition ("in your review",
	// "aus Ihrer Bewertung", "dans votre avis", "レビューで", "评价中").
	inReviewRe = guardAlt(`(?i)\b(?:in|about|from|regarding|concerning|mentioned in|described in|aus|über|dans|sobre|nella|nel|sulla|riguardo)\s+(?:your|the|this|that|ihrer|ihre|ihrem|der|dem|votre|la|cette|su|la sua|sua|il suo|questa)?\s*(?:[\p{L}\d-]+\s+)?(?:review|feedback|rating|comment|bewertung|rezension|avis|commentaire|évaluation|reseña|valoración|opinión|comentario|recensione|valutazione|commento)\b|(?:レビュー|評価|口コミ)(?:で|にて|の中|に(?:書|記|ご指摘))|(?:评价|评论|反馈)(?:中|里)`)

	// yourReviewRe: a review already written ("your review", "the two
	// stars", "Ihre Bewertung", "votre avis", "su reseña", "la sua
	// recensione"); in Chinese and Japanese any review word.
	yourReviewRe = guardAlt(`(?i)\b(?:your|the|this|that|ihre[nmr]?|die|diese[nmr]?|votre|l['’]|cet|cette|su|la|esta|sua|questa)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:` + reviewLatin + `)\b|\b(?:ihre[nmr]?|die|diese[nmr]?)\s+(?:\p{L}+\s+){0,2}?[\p{L}\d-]*(?:bewertung|rezension)|` + reviewCJK)

	// sellerActsRe: the seller, not the buyer, does something with the
	// review ("we will look into your review", "don't worry about the
	// review"), or asks only for understanding.
	sellerActsRe = guardAlt(`(?i)\b(?:we|we'll|we’ll|we will|we are|we're|we’re|our team)\b[^.!?\n]{0,30}?\b(?:look\p{L}*|check\p{L}*|investigat\p{L}*|examin\p{L}*|respond\p{L}*|repl\p{L}*|answer\p{L}*|forward\p{L}*|pass\p{L}*)\b|\b(?:don't|don’t|do not|no need to) (?:worry|mind)\b|\bkeine sorge\b|\bwir (?:prüfen|sehen uns|kümmern uns)\b|\bne vous inquiétez pas\b|\bnous (?:examinons|étudions|vérifions)\b|\bno se preocupe\b|\b(?:revisamos|estudiamos|examinamos)\b|\bnon si preoccupi\b|\b(?:verifichiamo|esaminiamo|controlliamo)\b|ご心配|確認いたします|不用担心|别担心|我们会(?:查看|核实|处理)` +
		// asking only for understanding
		`|\bunderstanding\b|\bverständnis\b|\bcompréhension\b|\bcomprensi[oó]n\b|\bcomprensione\b|ご理解|ご了承|ご容赦|谅解|理解`)

	// reflectRe: a review asked to reflect or mention something ("reflect
	// this in your review"), which makes "in your review" its object.
	reflectRe = guardAlt(`(?i)\breflect\p{L}*|\bmention\b|widerspiegel\p{L}*|\berwähnen\b|\bberücksichtigen\b|\brefl[èée]t\p{L}*|\bmentionner\b|\breflej\p{L}*|\bmencionar\b|\brispecchi\p{L}*|\briflett\p{L}*|\bmenzionare\b|反映|体现`)

	// lookRe: "take a look", whose verb ("dare un'occhiata", "echar un
	// vistazo") is no request to write a review.
	lookRe = guardAlt(`(?i)\blook\b|\bblick\b|\bcoup d['’]œil\b|\bvistazo\b|\bojeada\b|\bocchiata\b`)

	// thanksGiftRe: something given as thanks ("as a thank-you for",
	// "pour vous remercier", "お礼に", "为感谢").
	thanksGiftRe = guardAlt(`(?i)\bas (?:a |our )?(?:small |little )?(?:thank[- ]?you|token of (?:our )?(?:thanks|gratitude|appreciation))\b|\bto (?:thank|reward) you\b|\bin (?:thanks|gratitude|appreciation) for\b` +
		`|\bals (?:kleines )?dankeschön\b|\bzum dank\b|\bum uns (?:\p{L}+ )?zu bedanken\b|\bpour vous remercier\b|\ben remerciement\b|\bcomo (?:muestra de )?agradecimiento\b|\bpara agradecer\p{L}*|\bper ringraziar\p{L}*|\bcome ringraziamento\b|\bin segno di (?:gratitudine|ringraziamento)\b` +
		`|お礼(?:に|として)|感謝の(?:気持ち|しるし|印)|为了?感谢|作为感谢|表示感谢|答谢` +
		// a gift "for your review"
		`|\b(?:vouchers?|gift(?: card)?s?|discount|coupon|bonus|rewards?|credit|present)\b[^.!?\n]{0,40}?\b(?:for|as thanks for) (?:your|the|leaving|writing|posting|sharing) (?:\p{L}+ )?(?:review|feedback|rating|words|opinion|comments?)\b` +
		`|(?:gutschein|rabatt|geschenk)\p{L}*[^.!?\n]{0,40}?\bfür (?:ihre|ihr|eine) (?:\p{L}+ )?(?:bewertung|rezension|feedback)|(?:bon d['’]achat|réduction|cadeau|remise)[^.!?\n]{0,40}?\bpour (?:votre|un) (?:\p{L}+ )?(?:avis|commentaire|évaluation)` +
		`|(?:cupón|descuento|regalo|vale)[^.!?\n]{0,40}?\bpor (?:su|una) (?:\p{L}+ )?(?:reseña|valoración|opinión|comentario)|(?:buono|sconto|regalo|omaggio)[^.!?\n]{0,40}?\bper (?:la sua|una) (?:\p{L}+ )?(?:recensione|valutazione|opinione)` +
		`|(?:レビュー|評価|ご感想)[^。！？\n]{0,20}?(?:のお礼|のお返し|に対して)|(?:好评|评价|晒图|晒单)(?:返现|送|赠|有礼)`)
	// experienceRe: what a buyer shares in a review besides the word
	// "review": an experience, an opinion, kind words.
	experienceRe = guardAlt(`(?i)\b(?:your|sharing|shared|share) (?:\p{L}+ )?(?:experiences?|opinions?|thoughts)\b|\b(?:kind|nice|lovely) words\b|\bihre (?:\p{L}+ )?(?:erfahrung\p{L}*|meinung)|\bvotre (?:\p{L}+ )?(?:expérience|opinion)|\bsu (?:\p{L}+ )?(?:experiencia|opini[oó]n)|\bsua (?:\p{L}+ )?(?:esperienza|opinione)|感想|体験談|ご意見|使用体验|使用心得|分享`)
)

// reviewSentence is what one sentence says about reviews.
type reviewSentence struct {
	at      []int // trimmed span in the text
	review  bool  // names a review, rating or feedback
	change  bool  // asks to change or remove one
	write   bool  // asks to write one
	request bool  // asks (or ties a condition), not only permits
	value   []int // first offer of value, or nil
	past    bool  // the value is a completed fact
	neutral bool  // leaves the review to the buyer
	refused bool  // a refusal or an explanation of Amazon's rules
	revisit bool  // asks the buyer to look at the review again (a change)
	// thanksGift: something given as thanks for a review, kind words or
	// a shared experience.
	thanksGift bool
}

// reviews finds review asks: for a positive review or only from happy
// buyers (review_ask), anything of value tied to a review action
// (review_incentive), a request to change or remove a review tied to
// nothing (feedback_removal_request, a warning), and other mentions.
func (c *checker) reviews() {
	if !reviewWordRe.MatchString(c.text) && !reviewPlaceRe.MatchString(c.text) && !othersRe.MatchString(c.text) && !thanksGiftRe.MatchString(c.text) {
		return
	}
	sents := c.reviewSentences()
	c.positiveAsks(sents)
	c.reasks(sents)
	c.praiseAsks(sents)
	c.incentives(sents)
	if !c.reported(RuleReviewIncentive, 0, len(c.text)) {
		c.conditionedReview(sents)
	}
}

// sentenceSpans splits text into sentences: at line breaks and at . ! ?
// (and their CJK forms) that end a sentence, not in "12.03.2025",
// "$49.99" or "Mrs. Patel".
func sentenceSpans(text string) [][]int {
	var out [][]int
	start := 0
	emit := func(end int) {
		seg := text[start:end]
		trim := strings.TrimSpace(seg)
		if trim != "" {
			lead := strings.Index(seg, trim)
			out = append(out, []int{start + lead, start + lead + len(trim)})
		}
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		end := i + n
		switch r {
		case '\n', '!', '?', '。', '！', '？':
			emit(end)
			start = end
		case '.':
			if end >= len(text) || text[end] == ' ' || text[end] == '\n' || text[end] == '\t' {
				if !abbrevBefore(text[start:i]) {
					emit(end)
					start = end
				}
			}
		}
		i = end
	}
	emit(len(text))
	return out
}

// abbrevBefore reports whether s ends in a short abbreviation (Mr, Mrs,
// Dr, z. B, Nr) whose dot does not end the sentence.
func abbrevBefore(s string) bool {
	i := strings.LastIndexAny(s, " \t\n(")
	w := s[i+1:]
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "st", "no", "nr", "z", "b", "ca", "bzw", "ggf", "inkl", "evtl", "sig", "sr", "sra", "mme", "m", "etc", "vs", "e.g", "i.e", "z.b", "u.a":
		return true
	}
	return false
}

// spansIn returns, for each sentence, the matches of re inside it.
func spansIn(sents [][]int, matches [][]int) [][][]int {
	out := make([][][]int, len(sents))
	j := 0
	for i, s := range sents {
		for j < len(matches) && matches[j][0] < s[0] {
			j++
		}
		for k := j; k < len(matches) && matches[k][0] < s[1]; k++ {
			out[i] = append(out[i], matches[k])
		}
	}
	return out
}

func (c *checker) reviewSentences() []reviewSentence {
	text := c.text
	spans := c.sentences()
	find := func(re matcher) [][][]int { return spansIn(spans, c.hits(re)) }
	// Value words that offer nothing are masked first.
	values := valueRe.FindAllStringIndex(maskSpans(text, c.hits(notValueRe)), -1)
	c.values = values
	var (
		reviews  = find(reviewWordRe)
		changes  = find(changeActRe)
		pronouns = find(pronounActRe)
		writes   = find(writeActRe)
		thanks   = find(replyThanksRe)
		inValues = spansIn(spans, values)
	)
	out := make([]reviewSentence, len(spans))
	for i, sp := range spans {
		s := &out[i]
		s.at = sp
		s.review = len(reviews[i]) > 0
		if len(inValues[i]) > 0 {
			s.value = inValues[i][0]
		}
		switch {
		case s.review && near(text, changes[i], reviews[i]):
			s.change = true
		case len(pronouns[i]) > 0 && (s.review || i > 0 && out[i-1].review):
			s.change = true
		case s.review && near(text, writes[i], reviews[i]) && !thanksBefore(thanks[i], writes[i]) && !within(c.hits(lookRe), sp[0], sp[1]):
			s.write = true
		case s.review && c.revisitAsk(sp[0], sp[1]):
			// "we kindly ask you to take another look at the review", "it
			// would only be fair if your rating reflected the solution"
			s.change, s.revisit = true, true
		}
		if !s.change && !s.write && s.value == nil {
			continue
		}
		lo, hi := sp[0], sp[1]
		s.refused = c.refusalScoped(lo, hi)
		s.past = within(c.hits(pastRe), lo, hi) || s.value != nil && c.valueIsCondition(s.value, lo, hi)
		s.neutral = within(c.hits(disclaimRe), lo, hi) || c.eitherWay(*s, lo, hi)
		s.request = s.revisit || within(c.hits(requestRe), lo, hi) || !within(c.hits(permissionRe), lo, hi)
		if s.request && s.change && !s.revisit && c.thanksForDone(lo, hi) {
			// "Thank you for updating your review": a change the buyer
			// made, not one asked for.
			s.request = false
		}
		s.thanksGift = within(c.hits(thanksGiftRe), lo, hi) && (s.review || within(c.hits(experienceRe), lo, hi))
	}
	// A disclaimer in the next sentence applies to the review action
	// before it ("…you may update your feedback. It is entirely up to
	// you."), unless that sentence itself offers something still to come
	// ("If you update your review, we'll send a voucher. It's up to you."
	// is still a deal).
	for i := range out {
		if (out[i].change || out[i].write) && i+1 < len(out) && !out[i].neutral && (out[i].value == nil || out[i].past) {
			n := out[i+1].at
			out[i].neutral = within(c.hits(disclaimRe), n[0], n[1]) || c.eitherWay(out[i], n[0], n[1]) && !within(c.hits(sequenceRe), out[i].at[0], out[i].at[1])
		}
	}
	return out
}

// sequenceRe: words that order a review action and a remedy or make one
// the condition of the other.
var sequenceRe = guardAlt(`(?i)\b(?:once|as soon as|after|afterwards|then|first|in return|in exchange|if)\b|\b(?:sobald|nachdem|zuerst|danach|vorher|wenn|falls|im gegenzug)\b|\b(?:dès que|une fois|d['’]abord|ensuite|en échange|en contrepartie)\b|\baprès\b|\bsi (?:vous|usted)\b|\b(?:en cuanto|una vez|primero|luego|a cambio)\b|\bdespués\b|\b(?:non appena|una volta|dopo|prima|poi|in cambio)\b|\bse (?:lei|modific|aggiorn|rimuov|cancell)|次第|たら|まず|後に|代わりに|之后|以后|后再|先(?:把|将|删|改|修改)|只要|如果|作为回报`)

// eitherWay reports whether text[lo:hi] says the remedy happens whatever
// the buyer writes, with nothing ordered or conditioned: a sentence that
// asks nothing, or one that only asks the buyer to write what they think
// (s writes a review and changes none).
func (c *checker) eitherWay(s reviewSentence, lo, hi int) bool {
	if !within(c.hits(eitherWayRe), lo, hi) || within(c.hits(sequenceRe), lo, hi) {
		return false
	}
	return !within(c.hits(requestRe), lo, hi) || s.write && !s.change
}

// near reports whether a review action (as) has a review word (bs) as its
// object: the verb a few words before it ("update your 1-star review"),
// or the review a few words before the verb ("the review has been
// removed", "Ihre Rezension vorher anzupassen", "评价修改"), with no
// clause break or preposition between ("updated the manual after your
// feedback" changes no review).
func near(text string, as, bs [][]int) bool {
	for _, a := range as {
		for _, b := range bs {
			lo, hi, limit := a[1], b[0], 4
			if b[1] <= a[0] {
				lo, hi, limit = b[1], a[0], 6
			}
			if hi < lo {
				return true // overlapping: "1-Sterne-Bewertung" in "Bewertungsänderung"
			}
			gap := text[lo:hi]
			if strings.ContainsAny(gap, ";:；：。") || notObjectRe.MatchString(gap) {
				continue
			}
			words := len(strings.Fields(gap))
			if !strings.ContainsAny(gap, " \t") {
				words = utf8.RuneCountInString(gap) / 3
			}
			if words <= limit {
				return true
			}
		}
	}
	return false
}

// notObjectRe: words between a verb and a review that show the review is
// not the verb's object.
var notObjectRe = regexp.MustCompile(`(?i)\b(?:after|for|based|because|thanks|following|since|in|about|regarding|nach|aufgrund|dank|wegen|après|suite|grâce|pour|tras|gracias|debido|dopo|grazie|per|seguito)\b`)

// thanksBefore reports whether a thank-you comes right before the first
// write verb ("thank you for leaving a review").
func thanksBefore(thanks, writes [][]int) bool {
	if len(writes) == 0 {
		return false
	}
	for _, t := range thanks {
		if t[1] <= writes[0][0] && writes[0][0]-t[1] <= 30 {
			return true
		}
	}
	return false
}

// refusalScoped reports whether the sentence text[lo:hi] declines
// something about reviews or value, or explains Amazon's rules: the
// refusal must be in the clause (between commas, semicolons, colons or
// "but") that names a review, a value or a trade, so "We can't ship
// today, so please delete the review and we'll send a free set" is no
// refusal.
func (c *checker) refusalScoped(lo, hi int) bool {
	if within(c.hits(amazonRuleRe), lo, hi) {
		return true
	}
	if !within(c.refusals(), lo, hi) {
		return false
	}
	if c.values == nil {
		c.values = valueRe.FindAllStringIndex(maskSpans(c.text, c.hits(notValueRe)), -1)
	}
	for _, cl := range clauseSpans(c.text[lo:hi]) {
		a, b := lo+cl[0], lo+cl[1]
		if within(c.refusals(), a, b) && (within(c.hits(reviewWordRe), a, b) || within(c.values, a, b) || within(c.hits(exchangeRe), a, b)) {
			return true
		}
	}
	return false
}

// refusals returns the matches of refusalRe, less the "不能" of the
// question "能不能…" ("could you…"), which refuses nothing.
func (c *checker) refusals() [][]int {
	if c.refused != nil {
		return c.refused
	}
	c.refused = [][]int{}
	for _, sp := range c.hits(refusalRe) {
		if strings.HasPrefix(c.text[sp[0]:], "不") && strings.HasSuffix(c.text[:sp[0]], "能") {
			continue
		}
		c.refused = append(c.refused, sp)
	}
	return c.refused
}

// clauseSepRe splits a sentence into clauses.
var clauseSepRe = regexp.MustCompile(`[,;:，；：]|\s[–—-]\s|(?i)\b(?:but|so|aber|mais|pero|ma|però)\b|但是|但|所以|ですが|が、`)

func clauses(sent string) []string {
	var out []string
	for _, sp := range clauseSpans(sent) {
		out = append(out, sent[sp[0]:sp[1]])
	}
	return out
}

// positiveAsks reports asks for a positive review, for a review only from
// satisfied buyers, and asks to write to the seller before reviewing.
func (c *checker) positiveAsks(sents []reviewSentence) {
	for i, s := range sents {
		sent := c.text[s.at[0]:s.at[1]]
		if !s.review && !(i > 0 && sents[i-1].review && gatingRe.MatchString(sent)) {
			continue
		}
		if s.refused || c.refusalScoped(s.at[0], s.at[1]) {
			continue
		}
		pos := positiveReviewRe.FindStringIndex(maskSpans(sent, neutralReviewRe.FindAllStringIndex(sent, -1)))
		switch {
		case pos != nil && thanksForExisting(sent, pos[0]):
			c.addOnce(RuleReviewMention, warn, s.at, "thanks for a review: %q; fine as long as nothing is asked for", sent)
		case pos != nil && c.describedRating(s, sent):
			c.addOnce(RuleReviewMention, warn, s.at, "mentions a rating the buyer already gave: %q; fine as long as nothing is asked for", sent)
		case pos != nil:
			c.add(RuleReviewAsk, block, s.at, "asks for a positive review or rating (%q): ask for an honest review or none, never for stars", sent[pos[0]:pos[1]])
		case (satisfiedRe.MatchString(sent) || i > 0 && satisfiedQuestion(c.text[sents[i-1].at[0]:sents[i-1].at[1]])) && (s.write || s.review && (!s.change || s.revisit)):
			c.add(RuleReviewAsk, block, s.at, "asks for a review only from a satisfied buyer: %q; ask every buyer alike, or not at all", sent)
		case gatingRe.MatchString(sent):
			c.add(RuleReviewAsk, block, s.at, "asks the buyer to write to you before reviewing: %q; never steer who reviews", sent)
		}
	}
}

// buyerGaveRe: the buyer has already given or described a rating ("the
// five-star experience you described", "die Sie vergeben haben",
// "que vous avez décrite", "星5つと書いていただいた", "您所说的五星").
var buyerGaveRe = guardAlt(`(?i)\byou(?:'ve| have)? (?:described|gave|given|left|mentioned|wrote|called|posted|shared|awarded)\b|\bsie\b[^.!?\n]{0,40}?\b(?:beschrieben|gegeben|vergeben|geschrieben|erwähnt|genannt)\b|\bvous (?:nous )?(?:avez|aviez) (?:\p{L}+ )?(?:décrit|donné|laissé|mentionné|attribué|écrit)\p{L}*|\b(?:describió|nos dio|dejó|mencionó|otorgó|ha descrito|ha dado|ha dejado)(?:[^\p{L}]|$)|\b(?:ci )?ha (?:\p{L}+ )?(?:descritto|dato|lasciato|menzionato|scritto|assegnato)\b|(?:書いて|付けて|つけて)(?:いただいた|くださった|頂いた)|いただいた通り|您(?:所说|说|描述|给|打)的|您给了|您(?:所)?描述`)

// describedRating reports whether the sentence s (text sent) names a
// rating the buyer already gave and asks nothing: no request, wish,
// write action or question.
func (c *checker) describedRating(s reviewSentence, sent string) bool {
	lo, hi := s.at[0], s.at[1]
	gave := buyerGaveRe.FindAllStringIndex(sent, -1)
	if s.change || endsAsQuestion(sent) || gave == nil {
		return false
	}
	// The write verb may be the buyer's past one ("書いていただいた",
	// "que vous avez décrite").
	for _, w := range writeActRe.FindAllStringIndex(sent, -1) {
		inside := false
		for _, g := range gave {
			inside = inside || w[0] < g[1] && g[0] < w[1]
		}
		if !inside {
			return false
		}
	}
	if c.asksIn(lo, hi) || within(c.hits(askRe), lo, hi) {
		return false
	}
	// Japanese "嬉しく思います" is gladness, not a wish; an ask there
	// ("いただけると嬉しいです") is caught by askRe.
	return !within(c.hits(wishRe), lo, hi) || isCJK(sent)
}

// thanksInAdvanceRe: thanks for something not yet done, which asks for it.
var thanksInAdvanceRe = guardAlt(`(?i)\bin advance\b|\bim voraus\b|\bvorab\b|\bpar avance\b|\bd['’]avance\b|\bde antemano\b|\bpor adelantado\b|\bin anticipo\b|\banticipatamente\b|あらかじめ|予め|先に|提前|预先`)

// thanksForDone reports whether text[lo:hi] thanks the buyer for what
// they did and asks nothing: a thank-you with no ask, question, wish,
// condition or thanks in advance.
func (c *checker) thanksForDone(lo, hi int) bool {
	return within(c.hits(replyThanksRe), lo, hi) && !c.asksIn(lo, hi) && !within(c.hits(askRe), lo, hi) &&
		!within(c.hits(wishRe), lo, hi) && !within(c.hits(thanksInAdvanceRe), lo, hi) && !endsAsQuestion(c.text[lo:hi])
}

// orderWords are requestRe's words that only order events ("the first
// tent", "once"); in a sentence that describes what the buyer did they
// ask nothing.
var orderWords = map[string]bool{"first": true, "once": true, "then": true, "after that": true, "afterwards": true, "as soon as": true}

// asksIn reports whether text[lo:hi] holds a requestRe match other than
// the words that only order events.
func (c *checker) asksIn(lo, hi int) bool {
	for _, sp := range c.hits(requestRe) {
		if sp[0] >= hi {
			break
		}
		if sp[0] >= lo && !orderWords[strings.ToLower(c.text[sp[0]:sp[1]])] {
			return true
		}
	}
	return false
}

// satisfiedQRe: a question whether the buyer is happy ("Happy with your
// new kettle?"), which makes the review ask after it conditional.
var satisfiedQRe = guardAlt(`(?i)\b(?:happy|satisfied|pleased|delighted|enjoy\p{L}*|lov\p{L}*|zufrieden|gefällt|satisfait\p{L}*|content\p{L}*|plaît|satisfech\p{L}*|gusta|soddisfatt\p{L}*|piace)\b|満足|気に入|满意|喜欢`)

// satisfiedQuestion reports whether sent asks whether the buyer is happy.
func satisfiedQuestion(sent string) bool {
	return (strings.HasSuffix(sent, "?") || strings.HasSuffix(sent, "？")) && satisfiedQRe.MatchString(sent)
}

// thanksForExisting reports whether sent thanks the buyer for a review
// already given, with no ask: a thank-you before the positive words, and
// no request.
func thanksForExisting(sent string, pos int) bool {
	t := replyThanksRe.FindStringIndex(sent)
	if t == nil || strings.ContainsAny(sent, "?？") {
		return false
	}
	if t[0] > pos && isCJK(sent) {
		// "星5つのレビューをいただき、ありがとうございます": the thanks come last.
		return !requestRe.MatchString(sent)
	}
	return t[0] < pos && !requestRe.MatchString(sent[t[1]:])
}

// incentives decides whether a review action and an offer of value in
// one reply are tied: see docs/policy.md.
func (c *checker) incentives(sents []reviewSentence) {
	var acts, offers []int
	for i, s := range sents {
		if s.refused {
			continue
		}
		if s.change || s.write {
			acts = append(acts, i)
		}
		if s.value != nil {
			offers = append(offers, i)
		}
	}
	for _, j := range offers {
		if o := sents[j]; o.thanksGift && !o.neutral {
			c.add(RuleReviewIncentive, block, o.at, "gives something of value as thanks for a review or a shared experience: %q with %q; never reward a review",
				c.text[o.at[0]:o.at[1]], c.text[o.value[0]:o.value[1]])
			return
		}
	}
	for _, i := range acts {
		a := sents[i]
		for _, j := range offers {
			o := sents[j]
			tied := false
			switch {
			case i == j && !o.past:
				tied = !a.neutral // "we will refund you once the review is removed"
			case i == j:
				tied = a.request && !a.neutral // "we have refunded you, so please remove the review"
			case a.neutral:
				// "…you may update your feedback; that is entirely up to you"
			case !o.past:
				tied = true // an offer beside the ask, in any order
			default:
				tied = a.change && a.request // "the refund was issued. Please remove your review."
			}
			if tied {
				c.add(RuleReviewIncentive, block, spanOf(a.at, o.at), "ties a review to something of value: %q with %q; offer the remedy unconditionally and ask nothing about the review in the same message",
					c.text[a.at[0]:a.at[1]], c.text[o.value[0]:o.value[1]])
				return
			}
		}
	}
	for _, i := range acts {
		a := sents[i]
		sent := c.text[a.at[0]:a.at[1]]
		if a.change && !a.revisit {
			c.add(RuleFeedbackRequest, warn, a.at, "asks to update or remove a review or feedback: %q; only politely, once per order, after the problem is solved, leaving the decision to the buyer", sent)
			return
		}
	}
	for _, is := range c.issues {
		if is.Rule == RuleReviewAsk || is.Rule == RuleReviewMention {
			return
		}
	}
	for _, s := range sents {
		if s.review && !s.refused {
			c.add(RuleReviewMention, warn, s.at, "mentions reviews or feedback: %q; never ask for one in exchange for anything", c.text[s.at[0]:s.at[1]])
			return
		}
	}
}

// spanOf returns the span from the start of the first to the end of the
// last of a and b.
func spanOf(a, b []int) []int {
	return []int{min(a[0], b[0]), max(a[1], b[1])}
}
