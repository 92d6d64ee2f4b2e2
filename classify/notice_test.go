package classify

import (
	"testing"

	"github.com/aftersale/aftersale"
)

// noticeCase is one Amazon notice as a seller receives it in one language.
type noticeCase struct {
	lang, subject, body string
}

// TestNoticeKindsByLanguage: every notice kind is recognised from what its
// subject and body say, in each marketplace language, whatever the exact
// wording; and each maps to the playbook's case.
func TestNoticeKindsByLanguage(t *testing.T) {
	c := mustNew(t)
	kinds := []struct {
		notice aftersale.Notice
		want   aftersale.Case
		human  bool
		mails  []noticeCase
	}{
		{aftersale.NoticeReturnReceived, aftersale.CaseReturnedGoods, false, []noticeCase{
			{"en", "Return delivered for order 111-2223334-4445556", "Hello,\nThe return for the order below has been delivered to your return address.\nOrder ID: 111-2223334-4445556"},
			{"de", "Rücksendung eingegangen: 302-2223334-4445556", "Guten Tag,\ndie Rücksendung zu der Bestellung 302-2223334-4445556 ist in unserem Logistikzentrum eingegangen."},
			{"fr", "Retour reçu pour la commande 402-2223334-4445556", "Bonjour,\nLe retour de la commande ci-dessous a été reçu au centre de distribution."},
			{"es", "Devolución recibida del pedido 402-2223334-4445556", "Hola:\nHemos recibido la devolución del siguiente pedido."},
			{"it", "Reso ricevuto per l'ordine 402-2223334-4445556", "Gentile venditore,\nil reso relativo all'ordine indicato è stato consegnato."},
			{"ja", "返品受領のお知らせ（注文番号 250-2223334-4445556）", "出品者様\n以下の注文の返品商品を受け取りました。"},
			{"zh", "退货已送达：订单 111-2223334-4445556", "您好，\n以下订单的退货已送达您的退货地址。"},
			{"ja", "返品の受領について 注文番号 250-2223334-4445556", "出品者様\n返品の商品が返送先住所に配達されました。"},
			{"de", "Bestellung 302-2223334-4445556", "Guten Tag,\nder zurückgesendete Artikel wurde an Ihre Rücksendeadresse zugestellt."},
			{"it", "Ordine 402-2223334-4445556", "Gentile venditore,\nl'articolo restituito è stato consegnato al suo indirizzo di reso."},
		}},
		{aftersale.NoticeRefund, aftersale.CaseReturnedGoods, false, []noticeCase{
			{"en", "Refund issued on order 111-2223334-4445556", "We issued a refund of $18.00 to the buyer on your behalf."},
			{"de", "Erstattung wurde veranlasst für Bestellung 302-2223334-4445556", "Wir haben in Ihrem Namen eine Rückerstattung eingeleitet."},
			{"fr", "Confirmation de remboursement", "Le remboursement a été effectué pour la commande 402-2223334-4445556."},
			{"es", "Reembolso procesado para el pedido 402-2223334-4445556", "Se ha realizado un reembolso al cliente."},
			{"it", "Rimborso effettuato per l'ordine 402-2223334-4445556", "Il rimborso è stato elaborato per conto tuo."},
			{"ja", "返金が完了しました（注文番号 250-2223334-4445556）", "購入者様への返金処理を行いました。"},
			{"zh", "退款通知：订单 111-2223334-4445556", "我们已代表您向买家发起退款。"},
		}},
		{aftersale.NoticeFeedback, aftersale.CaseNegativeReview, false, []noticeCase{
			{"en", "You have received new seller feedback", "A buyer left a 2-star rating for order 111-2223334-4445556."},
			{"de", "Neue Verkäuferbewertung", "Ein Käufer hat eine negative Bewertung für Bestellung 302-2223334-4445556 abgegeben."},
			{"fr", "Nouvelle évaluation vendeur", "Un acheteur a laissé une évaluation négative pour la commande 402-2223334-4445556."},
			{"es", "Nuevo comentario del vendedor recibido", "Un comprador ha dejado un comentario negativo."},
			{"it", "Hai ricevuto un nuovo feedback", "Un acquirente ha lasciato un feedback negativo per l'ordine 402-2223334-4445556."},
			{"ja", "新しい評価が投稿されました", "購入者様から低い評価が投稿されました。"},
			{"zh", "新的买家反馈", "一位买家为订单 111-2223334-4445556 留下了负面反馈。"},
		}},
		{aftersale.NoticeReviewAlert, aftersale.CaseNegativeReview, false, []noticeCase{
			{"en", "A new critical review was posted on your product", "Brand Registry alert: a 1-star review was posted for ASIN B0ABCDEFGH."},
			{"de", "Neue kritische Rezension zu Ihrem Produkt", "Eine Kundenrezension mit 1 Stern wurde veröffentlicht."},
			{"fr", "Un nouvel avis négatif sur votre produit", "Un avis client critique a été publié."},
			{"es", "Nueva reseña negativa de su producto", "Se ha publicado una reseña de cliente de 1 estrella."},
			{"it", "Nuova recensione negativa sul tuo prodotto", "È stata pubblicata una recensione cliente da 1 stella."},
			{"ja", "商品に新しいレビューが投稿されました", "カスタマーレビュー（星1つ）が投稿されました。"},
			{"zh", "差评提醒：您的商品有新评论", "您的商品收到一条一星买家评论。"},
		}},
		{aftersale.NoticeChargeback, aftersale.CaseOther, true, []noticeCase{
			{"en", "Chargeback received on order 111-2223334-4445556", "The buyer's bank has filed a chargeback."},
			{"de", "Rückbuchung zu Bestellung 302-2223334-4445556", "Die Bank des Käufers hat eine Rückbuchung veranlasst."},
			{"fr", "Rétrofacturation pour la commande 402-2223334-4445556", "La banque de l'acheteur a demandé une rétrofacturation."},
			{"es", "Contracargo del pedido 402-2223334-4445556", "El banco del comprador ha iniciado un contracargo."},
			{"it", "Chargeback sull'ordine 402-2223334-4445556", "La banca dell'acquirente ha avviato un chargeback."},
			{"ja", "チャージバックの通知", "購入者のカード会社からチャージバックの申請がありました。"},
			{"zh", "信用卡拒付通知", "买家的发卡行对订单 111-2223334-4445556 提出了拒付。"},
		}},
		{aftersale.NoticeCancellation, aftersale.CaseCancelOrder, false, []noticeCase{
			{"en", "Buyer requested cancellation of order 111-2223334-4445556", "The buyer has requested to cancel this order."},
			{"de", "Stornierungsantrag für Bestellung 302-2223334-4445556", "Der Käufer hat die Stornierung beantragt."},
			{"fr", "Demande d'annulation de l'acheteur", "L'acheteur a demandé l'annulation de la commande 402-2223334-4445556."},
			{"es", "Solicitud de cancelación del comprador", "El comprador ha solicitado la cancelación del pedido."},
			{"it", "Richiesta di annullamento da parte dell'acquirente", "L'acquirente ha richiesto l'annullamento dell'ordine."},
			{"ja", "購入者からのキャンセル依頼", "購入者様から注文のキャンセルリクエストが届きました。"},
			{"zh", "买家取消请求", "买家已请求取消订单 111-2223334-4445556。"},
		}},
		{aftersale.NoticeDeliveryFailure, aftersale.CaseOther, false, []noticeCase{
			{"en", "Your message could not be delivered", "We were unable to deliver the message you sent to the buyer."},
			{"de", "Nachricht nicht zugestellt", "Ihre Nachricht konnte nicht zugestellt werden."},
			{"fr", "Message non remis", "Nous n'avons pas pu remettre votre message à l'acheteur."},
			{"es", "Mensaje no entregado", "No pudimos entregar el mensaje que enviaste al comprador."},
			{"it", "Messaggio non recapitato", "Non è stato possibile recapitare il tuo messaggio all'acquirente."},
			{"ja", "メッセージが配信されませんでした", "購入者様へのメッセージを配信できませんでした。"},
			{"zh", "消息未能送达", "您发送给买家的消息无法送达。"},
		}},
		{aftersale.NoticePerformance, aftersale.CaseOther, false, []noticeCase{
			{"en", "Policy warning: listing removed", "Your listing has been removed for a policy violation. Review your account health."},
			{"de", "Richtlinienverstoß: Angebot entfernt", "Ihr Angebot wurde wegen eines Richtlinienverstoßes entfernt. Prüfen Sie den Kontozustand."},
			{"fr", "Violation de la politique : offre supprimée", "Consultez la santé du compte."},
			{"es", "Infracción de la política: anuncio eliminado", "Revise el estado de la cuenta."},
			{"it", "Violazione delle norme: offerta rimossa", "Controlla lo stato dell'account."},
			{"ja", "ポリシー違反のお知らせ", "出品が削除されました。アカウント健全性をご確認ください。"},
			{"zh", "违反政策通知", "您的商品已删除，请查看账户状况。"},
		}},
		{aftersale.NoticeOrderUpdate, aftersale.CaseOther, false, []noticeCase{
			{"en", "Sold, ship now: Garden hose reel", "Please ship this order today."},
			{"de", "Verkauft, jetzt versenden: Gartenschlauch", "Bitte versenden Sie die Bestellung."},
			{"fr", "Vendu, expédiez maintenant : tuyau", "Veuillez expédier cette commande."},
			{"es", "Vendido, envíe ahora: manguera", "Envíe este pedido."},
			{"it", "Venduto, spedisci ora: tubo", "Spedisci questo ordine."},
			{"ja", "出品商品が購入されました。発送してください", "注文の発送をお願いします。"},
			{"zh", "已售出，请立即发货", "请尽快发货。"},
		}},
		{aftersale.NoticeMarketing, aftersale.CaseOther, false, []noticeCase{
			{"en", "Join our webinar: grow your business this Prime Day", "Register now."},
			{"de", "Prime Day: jetzt anmelden", "Neue Angebote für Verkäufer."},
			{"fr", "Prime Day : inscrivez-vous", "Offres pour les vendeurs."},
			{"es", "Prime Day: regístrese", "Ofertas para vendedores."},
			{"it", "Prime Day: iscriviti", "Offerte per i venditori."},
			{"ja", "プライムデーのセミナーのご案内", "キャンペーンにご参加ください。"},
			{"zh", "会员日促销研讨会", "欢迎报名参加。"},
		}},
	}
	for _, k := range kinds {
		for _, n := range k.mails {
			t.Run(string(k.notice)+"/"+n.lang, func(t *testing.T) {
				m := aftersale.Message{Sender: aftersale.SenderAmazon, FromAddr: "seller-notification@amazon.de", Subject: n.subject, Text: n.body}
				cl := classify(t, c, m)
				if cl.Notice != k.notice || cl.Case != k.want || cl.NeedsHuman != k.human {
					t.Errorf("%q: notice %q case %s needs_human %v; want %q %s %v", n.subject, cl.Notice, cl.Case, cl.NeedsHuman, k.notice, k.want, k.human)
				}
			})
		}
	}
}

// TestReturnRequestByLanguage: a return request's localized reason code
// decides unwanted or dissatisfied (with the sub-reason) in each language.
func TestReturnRequestByLanguage(t *testing.T) {
	c := mustNew(t)
	tests := []struct {
		lang, subject, body string
		want                aftersale.Case
		sub                 aftersale.SubReason
	}{
		{"en", "Return request for order 111-2223334-4445556", "Return reason: Changed my mind\nCustomer comment: not needed", aftersale.CaseReturnUnwanted, ""},
		{"de", "Rücksendeanfrage für Bestellung 302-2223334-4445556", "Rücksendegrund: Artikel ist defekt oder funktioniert nicht\nKommentar des Kunden: geht nicht an", aftersale.CaseReturnDissatisfied, aftersale.SubDefective},
		{"de", "Rücksendeanfrage für Bestellung 302-2223334-4445556", "Rücksendegrund: Günstigeren Preis gefunden", aftersale.CaseReturnUnwanted, ""},
		{"fr", "Demande de retour pour la commande 402-2223334-4445556", "Motif du retour : Article endommagé, emballage intact", aftersale.CaseReturnDissatisfied, aftersale.SubDamaged},
		{"es", "Solicitud de devolución del pedido 402-2223334-4445556", "Motivo de la devolución: Se envió un artículo equivocado", aftersale.CaseReturnDissatisfied, aftersale.SubWrongItem},
		{"it", "Richiesta di reso per l'ordine 402-2223334-4445556", "Motivo del reso: Acquistato per errore", aftersale.CaseReturnUnwanted, ""},
		{"ja", "返品リクエスト（注文番号 250-2223334-4445556）", "返品理由：部品が不足している", aftersale.CaseReturnDissatisfied, aftersale.SubMissingParts},
		{"zh", "退货请求：订单 111-2223334-4445556", "退货原因：尺寸太大", aftersale.CaseReturnUnwanted, ""},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.body, func(t *testing.T) {
			m := aftersale.Message{Sender: aftersale.SenderAmazon, FromAddr: "order-update@amazon.de", Subject: tt.subject, Text: tt.body}
			cl := classify(t, c, m)
			if cl.Notice != aftersale.NoticeReturnRequest || cl.Case != tt.want || cl.SubReason != tt.sub {
				t.Errorf("notice %q case %s/%s; want return_request %s/%s", cl.Notice, cl.Case, cl.SubReason, tt.want, tt.sub)
			}
		})
	}
}

// TestNotBuyerMail: mail neither relayed from a buyer nor sent by Amazon is
// not_buyer_mail (other, no draft), whatever it says; a look-alike of
// Amazon is flagged as phishing for a person.
func TestNotBuyerMail(t *testing.T) {
	c := mustNew(t)
	tests := []struct {
		name   string
		m      aftersale.Message
		notice aftersale.Notice
		human  bool
	}{
		{"newsletter asking where", aftersale.Message{Sender: aftersale.SenderOther, FromAddr: "news@shop.example", Subject: "Where is your order? Track it here", Text: "Track your parcel"},
			aftersale.NoticeNotBuyer, false},
		{"one word", aftersale.Message{Sender: aftersale.SenderOther, FromAddr: "me@example.org", Subject: "test", Text: "test"},
			aftersale.NoticeNotBuyer, false},
		{"bounce", aftersale.Message{Sender: aftersale.SenderOther, FromAddr: "MAILER-DAEMON@mx.example.net", Subject: "Undelivered Mail Returned to Sender", Text: "could not be delivered"},
			aftersale.NoticeDeliveryFailure, false},
		{"cancellation subject from a stranger", aftersale.Message{Sender: aftersale.SenderOther, FromAddr: "deals@shop.example", Subject: "Order cancellation request from Amazon customer", Text: "Cancel now"},
			aftersale.NoticeNotBuyer, false},
		{"look-alike domain", aftersale.Message{Sender: aftersale.SenderOther, FromAddr: "security@amazon-seller-verify.example", Subject: "Your account will be suspended", Text: "Verify now"},
			aftersale.NoticePhishing, true},
		{"look-alike name", aftersale.Message{Sender: aftersale.SenderOther, FromName: "Amazon Seller Central", FromAddr: "no-reply@mailer.example", Subject: "Payout on hold", Text: "Log in"},
			aftersale.NoticePhishing, true},
		{"look-alike relay", aftersale.Message{Sender: aftersale.SenderOther, FromAddr: "abc@marketplace.amazon.de.example.com", Subject: "Inquiry from Amazon customer", Text: "Please cancel my order"},
			aftersale.NoticePhishing, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cl := classify(t, c, tt.m)
			if cl.Notice != tt.notice || cl.Case != aftersale.CaseOther || cl.NeedsHuman != tt.human {
				t.Errorf("notice %q case %s needs_human %v; want %q other %v", cl.Notice, cl.Case, cl.NeedsHuman, tt.notice, tt.human)
			}
		})
	}
}
