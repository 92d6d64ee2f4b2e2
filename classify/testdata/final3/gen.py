#!/usr/bin/env python3
"""Generate the Kettlewick triage evaluation corpus.

Python 3 standard library only and deterministic: every random choice comes
from random.Random seeded with a fixed string, dates are computed from the
message number, and boundaries / Message-IDs are hashes. Running it twice
gives identical bytes.

    python3 gen.py            # writes mail/NNN.eml and labels.csv
    python3 gen.py --check    # also parses everything back and verifies it

The texts live in data.py beside this file (buyer messages, Amazon notices,
other mail). This file only holds the machinery: Amazon's wrapper layouts,
MIME building and encodings.
"""
import base64
import csv
import hashlib
import html
import os
import quopri
import random
import re
import struct
import sys
import zlib
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data  # noqa: E402

SUPPORT = 'support@kettlewick.example'
SUPPORT_NAME = 'Kettlewick Support'
MX = 'mx1.kettlewick.example'

# --------------------------------------------------------------------------
# deterministic helpers

def R(*salt):
    return random.Random('kettlewick|' + '|'.join(str(s) for s in salt))

ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'
UPALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

PREFIX = {'com': ['111', '112', '113', '114'], 'ca': ['702'], 'com.mx': ['701'],
          'com.br': ['701'], 'co.uk': ['202', '203', '204', '026'],
          'de': ['302', '303', '304', '305', '306', '028'],
          'fr': ['402', '403', '404', '171'], 'it': ['402', '403', '404', '171'],
          'es': ['402', '403', '404', '171'], 'nl': ['402', '403'],
          'se': ['402', '403'], 'pl': ['402', '403'], 'com.be': ['402'],
          'com.tr': ['406', '407'], 'co.jp': ['249', '250', '503'],
          'com.au': ['250', '249'], 'sg': ['171'], 'ae': ['171', '406'],
          'ie': ['202', '204']}


def make_oid(r, tld):
    p = r.choice(PREFIX.get(tld, ['111']))
    return '%s-%07d-%07d' % (p, r.randrange(10 ** 7), r.randrange(10 ** 7))


def make_alias(r):
    return ''.join(r.choice(ALNUM) for _ in range(15))


def make_asin(r):
    return 'B0' + ''.join(r.choice(UPALNUM) for _ in range(8))


def make_tracking(r, kind='dhl'):
    if kind == 'ups':
        return '1Z' + ''.join(r.choice(UPALNUM) for _ in range(16))
    if kind == 'jp':
        return '%04d-%04d-%04d' % (r.randrange(10000), r.randrange(10000), r.randrange(10000))
    if kind == 'usps':
        return '9400' + ''.join(r.choice('0123456789') for _ in range(18))
    return '00340434' + ''.join(r.choice('0123456789') for _ in range(12))


# --------------------------------------------------------------------------
# products (one catalogue, ASINs are fixed per product)

PRODUCTS = {
    'dripper': {'en': 'Kettlewick Ceramic Pour-Over Dripper, Size 02, Matte White',
                'de': 'Kettlewick Keramik-Handfilter Größe 02, Mattweiß',
                'fr': 'Kettlewick Dripper en céramique pour café filtre, taille 02, blanc mat',
                'es': 'Kettlewick Gotero de cerámica para café, tamaño 02, blanco mate',
                'it': 'Kettlewick Filtro pour-over in ceramica, misura 02, bianco opaco',
                'ja': 'Kettlewick 陶器ドリッパー 02サイズ マットホワイト'},
    'kettle': {'en': 'Kettlewick Gooseneck Kettle 1.0 L, Brushed Stainless Steel, Stovetop',
               'de': 'Kettlewick Schwanenhals-Wasserkocher 1,0 l, Edelstahl gebürstet',
               'fr': 'Kettlewick Bouilloire col de cygne 1,0 L, inox brossé',
               'es': 'Kettlewick Hervidor cuello de cisne 1,0 L, acero inoxidable',
               'it': 'Kettlewick Bollitore a collo di cigno 1,0 L, acciaio inox spazzolato',
               'ja': 'Kettlewick 細口ケトル 1.0L ステンレス 直火対応'},
    'ekettle': {'en': 'Kettlewick Electric Gooseneck Kettle 0.8 L with Temperature Control, Black',
                'de': 'Kettlewick Elektrischer Schwanenhals-Wasserkocher 0,8 l mit Temperaturwahl, Schwarz',
                'fr': 'Kettlewick Bouilloire électrique col de cygne 0,8 L, température réglable, noir',
                'es': 'Kettlewick Hervidor eléctrico cuello de cisne 0,8 L con control de temperatura, negro',
                'it': 'Kettlewick Bollitore elettrico a collo di cigno 0,8 L, temperatura regolabile, nero',
                'ja': 'Kettlewick 電気ケトル 0.8L 温度調節機能付き ブラック'},
    'server': {'en': 'Kettlewick Glass Coffee Server 600 ml, Heat-Resistant',
               'de': 'Kettlewick Glas-Kaffeekanne 600 ml, hitzebeständig',
               'fr': 'Kettlewick Verseuse à café en verre 600 ml, résistante à la chaleur',
               'es': 'Kettlewick Jarra de cristal para café 600 ml, resistente al calor',
               'it': 'Kettlewick Caraffa in vetro per caffè 600 ml, resistente al calore',
               'ja': 'Kettlewick 耐熱ガラス コーヒーサーバー 600ml'},
    'filters': {'en': 'Kettlewick Paper Filters Size 02, Unbleached, 100 Count',
                'de': 'Kettlewick Papierfilter Größe 02, ungebleicht, 100 Stück',
                'fr': 'Kettlewick Filtres papier taille 02, non blanchis, 100 pièces',
                'es': 'Kettlewick Filtros de papel tamaño 02, sin blanquear, 100 unidades',
                'it': 'Kettlewick Filtri di carta misura 02, non sbiancati, 100 pezzi',
                'ja': 'Kettlewick ペーパーフィルター 02 無漂白 100枚'},
    'grinder': {'en': 'Kettlewick Manual Coffee Grinder with Conical Ceramic Burr, Adjustable',
                'de': 'Kettlewick Manuelle Kaffeemühle mit Keramik-Kegelmahlwerk, einstellbar',
                'fr': 'Kettlewick Moulin à café manuel, meule conique en céramique, réglable',
                'es': 'Kettlewick Molinillo de café manual con muela cónica de cerámica',
                'it': 'Kettlewick Macinacaffè manuale con macina conica in ceramica',
                'ja': 'Kettlewick 手挽きコーヒーミル セラミック臼 粗さ調整可能'},
    'mug': {'en': 'Kettlewick Double-Wall Travel Mug 350 ml, Sage Green',
            'de': 'Kettlewick Doppelwandiger Thermobecher 350 ml, Salbeigrün',
            'fr': 'Kettlewick Mug de voyage double paroi 350 ml, vert sauge',
            'es': 'Kettlewick Taza de viaje de doble pared 350 ml, verde salvia',
            'it': 'Kettlewick Tazza da viaggio a doppia parete 350 ml, verde salvia',
            'ja': 'Kettlewick 真空断熱 タンブラー 350ml セージグリーン'},
    'scale': {'en': 'Kettlewick Coffee Scale with Timer, 0.1 g, USB-C Rechargeable',
              'de': 'Kettlewick Kaffeewaage mit Timer, 0,1 g, USB-C-Akku',
              'fr': 'Kettlewick Balance à café avec minuteur, 0,1 g, rechargeable USB-C',
              'es': 'Kettlewick Báscula de café con temporizador, 0,1 g, recargable USB-C',
              'it': 'Kettlewick Bilancia da caffè con timer, 0,1 g, ricaricabile USB-C',
              'ja': 'Kettlewick コーヒースケール タイマー付き 0.1g USB-C充電式'},
    'set': {'en': 'Kettlewick Pour-Over Starter Set (Dripper, Server, 40 Filters), Gift Box',
            'de': 'Kettlewick Pour-Over Starter-Set (Handfilter, Kanne, 40 Filter), Geschenkbox',
            'fr': 'Kettlewick Coffret pour-over (dripper, verseuse, 40 filtres)',
            'es': 'Kettlewick Set de iniciación pour-over (gotero, jarra, 40 filtros)',
            'it': 'Kettlewick Set pour-over (filtro, caraffa, 40 filtri), confezione regalo',
            'ja': 'Kettlewick ハンドドリップ スターターセット（ドリッパー・サーバー・フィルター40枚）ギフトボックス'},
}
ASINS = {k: make_asin(R('asin', k)) for k in PRODUCTS}
SKUS = {k: 'KW-%s-%02d' % (k.upper()[:4], i + 1) for i, k in enumerate(PRODUCTS)}


def title(key, lang):
    return PRODUCTS[key].get(lang, PRODUCTS[key]['en'])


# --------------------------------------------------------------------------
# marketplace wrapper localisation

TLD_LANG = {'com': 'en', 'ca': 'en', 'co.uk': 'en', 'com.au': 'en', 'ie': 'en', 'sg': 'en',
            'ae': 'en', 'in': 'en', 'de': 'de', 'fr': 'fr', 'com.be': 'fr', 'es': 'es',
            'com.mx': 'es', 'it': 'it', 'nl': 'nl', 'se': 'sv', 'pl': 'pl', 'com.tr': 'tr',
            'co.jp': 'ja', 'com.br': 'pt'}

L = {
    'en': dict(order='Order ID:', msg='Message:', head=('#', 'ASIN', 'Product Name'),
               view='View message', resolve='Resolve case', report='Report suspicious message',
               svc="This service is provided by Amazon to help buyers and sellers communicate. "
                   "Amazon does not share buyers' e-mail addresses with sellers.",
               item='Item:', qty='Quantity:', begin='Begin message', end='End message',
               retain='For your information: to help arbitrate disputes and preserve trust and safety, '
                      'we retain all messages buyers and sellers send through Amazon for two years. '
                      'This includes your response to the message below.',
               nrn='To mark this message as no response needed, click here:',
               susp='Report questionable activity:',
               subj='Inquiry from Amazon customer {name} (Order: {oid})',
               subj0='Inquiry from Amazon customer {name}',
               msgfrom='Message from Amazon customer {name} (Order: {oid})',
               cancel='Order cancellation request from Amazon customer {name} (Order: {oid})',
               photo='The customer sent an image.'),
    'de': dict(order='Bestellnummer:', msg='Nachricht:', head=('#', 'ASIN', 'Produktname'),
               view='Nachricht anzeigen', resolve='Fall lösen', report='Verdächtige Nachricht melden',
               svc='Dieser Service wird von Amazon bereitgestellt, um die Kommunikation zwischen Käufern '
                   'und Verkäufern zu erleichtern. Amazon gibt die E-Mail-Adressen von Käufern nicht weiter.',
               item='Artikel:', qty='Menge:', begin='Beginn der Nachricht', end='Ende der Nachricht',
               retain='Zu Ihrer Information: Um Streitfälle klären zu können, speichern wir alle Nachrichten '
                      'zwischen Käufern und Verkäufern zwei Jahre lang. Dies gilt auch für Ihre Antwort.',
               nrn='Um diese Nachricht als "Keine Antwort erforderlich" zu markieren, klicken Sie hier:',
               susp='Verdächtige Aktivitäten melden:',
               subj='Anfrage von Amazon-Kunde {name} (Bestellung: {oid})',
               subj0='Anfrage von Amazon-Kunde {name}',
               msgfrom='Nachricht von Amazon-Kunde {name} (Bestellung: {oid})',
               cancel='Stornierungsanfrage von Amazon-Kunde {name} (Bestellung: {oid})',
               photo='Der Kunde hat ein Bild gesendet.'),
    'fr': dict(order='N° de commande :', msg='Message :', head=('#', 'ASIN', 'Nom du produit'),
               view='Afficher le message', resolve='Résoudre le cas', report='Signaler un message suspect',
               svc="Ce service est fourni par Amazon pour faciliter la communication entre acheteurs et "
                   "vendeurs. Amazon ne communique pas l'adresse e-mail des acheteurs.",
               item='Article :', qty='Quantité :', begin='Début du message', end='Fin du message',
               retain="Pour information : afin de pouvoir arbitrer les litiges, nous conservons pendant deux ans "
                      "tous les messages échangés entre acheteurs et vendeurs.",
               nrn='Pour indiquer que ce message ne nécessite pas de réponse, cliquez ici :',
               susp='Signaler une activité suspecte :',
               subj='Demande de renseignements de la part du client Amazon {name} (Commande : {oid})',
               subj0='Demande de renseignements de la part du client Amazon {name}',
               msgfrom='Message du client Amazon {name} (Commande : {oid})',
               cancel="Demande d'annulation de commande du client Amazon {name} (Commande : {oid})",
               photo='Le client a envoyé une image.'),
    'es': dict(order='N.º de pedido:', msg='Mensaje:', head=('#', 'ASIN', 'Nombre del producto'),
               view='Ver mensaje', resolve='Resolver caso', report='Informar de un mensaje sospechoso',
               svc='Amazon ofrece este servicio para facilitar la comunicación entre compradores y vendedores. '
                   'Amazon no comparte la dirección de correo electrónico de los compradores.',
               item='Artículo:', qty='Cantidad:', begin='Inicio del mensaje', end='Fin del mensaje',
               retain='Para su información: conservamos durante dos años todos los mensajes entre compradores '
                      'y vendedores para poder mediar en caso de disputa.',
               nrn='Para marcar este mensaje como "no requiere respuesta", haga clic aquí:',
               susp='Informar de actividad sospechosa:',
               subj='Consulta del cliente de Amazon {name} (Pedido: {oid})',
               subj0='Consulta del cliente de Amazon {name}',
               msgfrom='Mensaje del cliente de Amazon {name} (Pedido: {oid})',
               cancel='Solicitud de cancelación de pedido del cliente de Amazon {name} (Pedido: {oid})',
               photo='El cliente ha enviado una imagen.'),
    'it': dict(order='Numero ordine:', msg='Messaggio:', head=('#', 'ASIN', 'Nome prodotto'),
               view='Visualizza messaggio', resolve='Risolvi il caso', report='Segnala messaggio sospetto',
               svc="Questo servizio è fornito da Amazon per facilitare la comunicazione tra acquirenti e "
                   "venditori. Amazon non condivide l'indirizzo e-mail degli acquirenti.",
               item='Articolo:', qty='Quantità:', begin='Inizio messaggio', end='Fine messaggio',
               retain='Per tua informazione: conserviamo per due anni tutti i messaggi tra acquirenti e venditori.',
               nrn='Per contrassegnare questo messaggio come "nessuna risposta necessaria", fai clic qui:',
               susp='Segnala attività sospette:',
               subj='Richiesta dal cliente Amazon {name} (Ordine: {oid})',
               subj0='Richiesta dal cliente Amazon {name}',
               msgfrom='Messaggio dal cliente Amazon {name} (Ordine: {oid})',
               cancel='Richiesta di annullamento ordine dal cliente Amazon {name} (Ordine: {oid})',
               photo="Il cliente ha inviato un'immagine."),
    'ja': dict(order='注文番号：', msg='メッセージ：', head=('#', 'ASIN', '商品名'),
               view='メッセージを表示', resolve='ケースを解決', report='不審なメッセージを報告',
               svc='このサービスは、購入者と出品者のコミュニケーションを円滑にするためにAmazonが提供しています。'
                   'Amazonは購入者のメールアドレスを出品者に開示しません。',
               item='商品：', qty='数量：', begin='メッセージ開始', end='メッセージ終了',
               retain='ご参考：紛争解決のため、購入者と出品者の間のすべてのメッセージは2年間保存されます。',
               nrn='このメッセージを「返信不要」にするには、こちらをクリックしてください：',
               susp='不審な行為を報告：',
               subj='Amazonのお客様 {name} からのお問い合わせ（注文番号：{oid}）',
               subj0='Amazonのお客様 {name} からのお問い合わせ',
               msgfrom='Amazonのお客様 {name} からのメッセージ（注文番号：{oid}）',
               cancel='Amazonのお客様 {name} からの注文キャンセルリクエスト（注文番号：{oid}）',
               photo='お客様から画像が送信されました。'),
    'nl': dict(order='Bestelnummer:', msg='Bericht:', head=('#', 'ASIN', 'Productnaam'),
               view='Bericht bekijken', resolve='Zaak oplossen', report='Verdacht bericht melden',
               svc='Deze service wordt door Amazon aangeboden om de communicatie tussen kopers en verkopers '
                   'te vergemakkelijken.',
               item='Artikel:', qty='Aantal:', begin='Begin bericht', end='Einde bericht', retain='', nrn='',
               susp='', subj='Vraag van Amazon-klant {name} (Bestelling: {oid})',
               subj0='Vraag van Amazon-klant {name}',
               msgfrom='Bericht van Amazon-klant {name} (Bestelling: {oid})',
               cancel='Annuleringsverzoek van Amazon-klant {name} (Bestelling: {oid})',
               photo='De klant heeft een afbeelding gestuurd.'),
    'sv': dict(order='Beställningsnummer:', msg='Meddelande:', head=('#', 'ASIN', 'Produktnamn'),
               view='Visa meddelande', resolve='Lös ärendet', report='Rapportera misstänkt meddelande',
               svc='Den här tjänsten tillhandahålls av Amazon för att underlätta kommunikationen mellan '
                   'köpare och säljare.',
               item='Artikel:', qty='Antal:', begin='Meddelandets början', end='Meddelandets slut', retain='',
               nrn='', susp='', subj='Förfrågan från Amazon-kund {name} (Beställning: {oid})',
               subj0='Förfrågan från Amazon-kund {name}',
               msgfrom='Meddelande från Amazon-kund {name} (Beställning: {oid})',
               cancel='Begäran om annullering från Amazon-kund {name} (Beställning: {oid})',
               photo='Kunden har skickat en bild.'),
    'pl': dict(order='Numer zamówienia:', msg='Wiadomość:', head=('#', 'ASIN', 'Nazwa produktu'),
               view='Wyświetl wiadomość', resolve='Rozwiąż sprawę', report='Zgłoś podejrzaną wiadomość',
               svc='Ta usługa jest świadczona przez Amazon, aby ułatwić komunikację między kupującymi '
                   'a sprzedającymi.',
               item='Produkt:', qty='Ilość:', begin='Początek wiadomości', end='Koniec wiadomości', retain='',
               nrn='', susp='', subj='Zapytanie od klienta Amazon {name} (Zamówienie: {oid})',
               subj0='Zapytanie od klienta Amazon {name}',
               msgfrom='Wiadomość od klienta Amazon {name} (Zamówienie: {oid})',
               cancel='Prośba o anulowanie zamówienia od klienta Amazon {name} (Zamówienie: {oid})',
               photo='Klient wysłał zdjęcie.'),
    'tr': dict(order='Sipariş numarası:', msg='Mesaj:', head=('#', 'ASIN', 'Ürün adı'),
               view='Mesajı görüntüle', resolve='Talebi çöz', report='Şüpheli mesajı bildir',
               svc='Bu hizmet, alıcılar ile satıcılar arasındaki iletişimi kolaylaştırmak için Amazon '
                   'tarafından sunulmaktadır.',
               item='Ürün:', qty='Adet:', begin='Mesaj başlangıcı', end='Mesaj sonu', retain='', nrn='',
               susp='', subj='Amazon müşterisi {name} tarafından gönderilen soru (Sipariş: {oid})',
               subj0='Amazon müşterisi {name} tarafından gönderilen soru',
               msgfrom='Amazon müşterisi {name} mesajı (Sipariş: {oid})',
               cancel='Amazon müşterisi {name} sipariş iptal talebi (Sipariş: {oid})',
               photo='Müşteri bir resim gönderdi.'),
    'pt': dict(order='Número do pedido:', msg='Mensagem:', head=('#', 'ASIN', 'Nome do produto'),
               view='Ver mensagem', resolve='Resolver caso', report='Denunciar mensagem suspeita',
               svc='Este serviço é oferecido pela Amazon para facilitar a comunicação entre compradores '
                   'e vendedores.',
               item='Produto:', qty='Quantidade:', begin='Início da mensagem', end='Fim da mensagem',
               retain='', nrn='', susp='', subj='Pergunta do cliente da Amazon {name} (Pedido: {oid})',
               subj0='Pergunta do cliente da Amazon {name}',
               msgfrom='Mensagem do cliente da Amazon {name} (Pedido: {oid})',
               cancel='Solicitação de cancelamento do cliente da Amazon {name} (Pedido: {oid})',
               photo='O cliente enviou uma imagem.'),
}

# topic subjects seen on .com / .co.uk
TOPIC_SUBJ = '{topic} inquiry from Amazon customer {name} (Order: {oid})'

MP_ID = {'com': 'ATVPDKIKX0DER', 'co.uk': 'A1F83G8C2ARO7P', 'de': 'A1PA6795UKMFR9',
         'fr': 'A13V1IB3VIYZZH', 'it': 'APJ6JRA9NG5V4', 'es': 'A1RKKUPIHCS9HS',
         'co.jp': 'A1VC38T7YXB528', 'ca': 'A2EUQ1WTGCTBG2'}

CS_L = {
    'en': ('Dear Amazon Seller,', "This is Amazon's customer service team. We are contacting you on behalf of "
           "a customer about the order below.", 'Order ID:', 'ASIN:', 'Reason for contact:',
           "Customer's comments:", 'Please respond to the customer within 24 hours using Buyer-Seller Messaging.',
           'Kind regards,', 'Amazon Customer Service'),
    'de': ('Sehr geehrter Amazon-Verkäufer,', 'hier ist der Kundenservice von Amazon. Wir kontaktieren Sie im '
           'Auftrag eines Kunden zu folgender Bestellung.', 'Bestellnummer:', 'ASIN:', 'Kontaktgrund:',
           'Anmerkungen des Kunden:', 'Bitte antworten Sie dem Kunden innerhalb von 24 Stunden über das '
           'Käufer-Verkäufer-Postfach.', 'Mit freundlichen Grüßen', 'Amazon Kundenservice'),
    'it': ('Gentile Venditore,', 'ti contattiamo dal Servizio clienti Amazon per conto di un cliente.',
           'Ordine #:', 'ASIN:', 'Motivo:', 'Dettagli:', 'Ti chiediamo di rispondere al cliente entro 24 ore.',
           'Cordiali saluti,', 'Servizio clienti Amazon.it'),
    'fr': ('Cher vendeur Amazon,', "Le service client d'Amazon vous contacte au nom d'un client au sujet de la "
           "commande ci-dessous.", 'N° de commande :', 'ASIN :', 'Motif du contact :', 'Commentaires du client :',
           'Merci de répondre au client sous 24 heures via la messagerie acheteur-vendeur.', 'Cordialement,',
           'Le Service Client Amazon'),
    'es': ('Estimado vendedor de Amazon:', 'Le escribe el equipo de Atención al Cliente de Amazon en nombre de '
           'un cliente en relación con el siguiente pedido.', 'N.º de pedido:', 'ASIN:', 'Motivo del contacto:',
           'Comentarios del cliente:', 'Responda al cliente en un plazo de 24 horas.', 'Atentamente,',
           'Atención al Cliente de Amazon'),
    'ja': ('出品者様', 'Amazonカスタマーサービスです。以下のご注文について、お客様に代わってご連絡いたします。',
           '注文番号：', 'ASIN：', 'お問い合わせ理由：', 'お客様からのコメント：',
           '24時間以内に購入者・出品者間メッセージでお客様にご返信ください。', 'よろしくお願いいたします。',
           'Amazonカスタマーサービス'),
}


# --------------------------------------------------------------------------
# encodings

def encode_word_chunks(s, cs, enc):
    pre = '=?%s?%s?' % (cs, enc)

    def one(chunk):
        b = chunk.encode(cs)
        if enc == 'B':
            return pre + base64.b64encode(b).decode('ascii') + '?='
        out = []
        for byte in b:
            c = chr(byte)
            if c.isalnum() and byte < 128:
                out.append(c)
            elif c == ' ':
                out.append('_')
            elif c in '-!*+/' and byte < 128:
                out.append(c)
            else:
                out.append('=%02X' % byte)
        return pre + ''.join(out) + '?='

    words, cur = [], ''
    for ch in s:
        if cur and len(one(cur + ch)) > 75:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    words.append(one(cur))
    return words


def hdr_text(s, cs='UTF-8', enc='B'):
    """Header value: plain if ASCII (folded at spaces), else RFC 2047 words."""
    if all(ord(c) < 128 for c in s):
        return fold_ascii(s)
    return '\n '.join(encode_word_chunks(s, cs, enc))


def fold_ascii(s, width=76):
    if len(s) <= width:
        return s
    out, line = [], ''
    for w in s.split(' '):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = (line + ' ' + w) if line else w
    out.append(line)
    return '\n '.join(out)


def addr(name, email, cs='UTF-8', enc='B'):
    if name is None:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[^A-Za-z0-9 !#$%&\'*+/=?^_`{|}~-]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (' '.join(encode_word_chunks(name, cs, enc)), email)


def leaf(ctype, content, charset=None, cte='quoted-printable', extra=(), params=''):
    """A MIME leaf: returns (header lines, body bytes)."""
    if isinstance(content, str):
        b = content.encode(charset)
    else:
        b = content
    if cte == 'quoted-printable':
        body = quopri.encodestring(b)
    elif cte == 'base64':
        body = base64.encodebytes(b)
    elif cte in ('7bit', '8bit'):
        body = b
        if cte == '7bit':
            assert all(x < 128 for x in b), 'non-ascii in 7bit part'
    else:
        raise ValueError(cte)
    if not body.endswith(b'\n'):
        body += b'\n'
    ct = 'Content-Type: %s' % ctype
    if charset:
        ct += '; charset="%s"' % charset
    if params:
        ct += params
    hdrs = [ct, 'Content-Transfer-Encoding: %s' % cte] + list(extra)
    return hdrs, body


def att_leaf(ctype, payload, fname, charset=None):
    """Attachment leaf; non-ASCII file names use RFC 2231 (and RFC 2047 for name=)."""
    if all(ord(c) < 128 for c in fname):
        disp = 'Content-Disposition: attachment; filename="%s"' % fname
        params = '; name="%s"' % fname
    else:
        from urllib.parse import quote
        disp = "Content-Disposition: attachment;\n filename*=UTF-8''%s" % quote(fname.encode('utf-8'), safe='')
        params = '; name="%s"' % encode_word_chunks(fname, 'UTF-8', 'B')[0]
    return leaf(ctype, payload, charset, 'base64', extra=[disp], params=params)


def multipart(subtype, parts, boundary, params=''):
    hdrs = ['Content-Type: multipart/%s;%s\n boundary="%s"' % (subtype, params, boundary)]
    out = [b'This is a multi-part message in MIME format.\n']
    for ph, pb in parts:
        out.append(('\n--%s\n' % boundary).encode())
        out.append(('\n'.join(ph) + '\n\n').encode('ascii'))
        out.append(pb.rstrip(b'\n') + b'\n')
    out.append(('\n--%s--\n' % boundary).encode())
    return hdrs, b''.join(out)


def boundary_for(n, k=0):
    return '----=_Part_%d_%s' % (k, hashlib.sha1(('b%d-%d' % (n, k)).encode()).hexdigest()[:20])


def png_bytes(seed, w=24, h=16):
    r = R('png', seed)
    raw = b''
    base = (r.randrange(256), r.randrange(256), r.randrange(256))
    for y in range(h):
        raw += b'\x00'
        for x in range(w):
            raw += bytes(((base[0] + x * 5) % 256, (base[1] + y * 7) % 256, base[2]))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def pdf_bytes(text):
    t = text.replace('(', '[').replace(')', ']')
    return ('%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n'
            '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
            '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n'
            '4 0 obj<</Length %d>>stream\nBT /F1 12 Tf 50 780 Td (%s) Tj ET\nendstream endobj\n'
            'trailer<</Root 1 0 R>>\n%%%%EOF\n' % (len(t) + 30, t)).encode('latin-1')


# --------------------------------------------------------------------------
# buyer-message wrappers

def sub_ph(text, ph):
    return re.sub(r'\{(oid2?|oid3|trk|asin|name|date)\}', lambda m: ph[m.group(1)], text)


def items_block_text(wl, items, style):
    lab = L[wl]
    lines = []
    if style == 'table':
        lines.append('%-3s %-12s %s' % lab['head'])
        for i, k in enumerate(items, 1):
            lines.append('%-3s %-12s %s' % (i, ASINS[k], title(k, wl)))
    elif style == 'asinline':
        for k in items:
            lines.append(ASINS[k])
            lines.append(title(k, wl))
    return lines


def render_plain(spec, ph, wl):
    """Text/plain rendering of the buyer message inside Amazon's wrapper."""
    lab = L[wl]
    text = spec['text_final']
    w = spec['wrap']
    oids = ph['oids']
    items = spec['items']
    lines = []
    footer = ['', lab['view'] + ': https://sellercentral.amazon.%s/messaging/thread?t=%s' % (
        spec['tld'], ph['tok'].lower()),
        lab['report'] + ': https://sellercentral.amazon.%s/messaging/report?t=%s' % (spec['tld'], ph['tok']), '',
        lab['svc']]
    if w in ('plain', 'reply', 'photo'):
        if oids:
            lines += [lab['order'] + ' ' + oids[0], '']
        lines += items_block_text(wl, items, spec.get('itemstyle', 'table'))
        lines += ['', lab['msg'], '']
        if w == 'photo' and not text.strip():
            lines += ['[' + lab['photo'] + ']']
        else:
            lines += text.split('\n')
        lines += footer
    elif w == 'blocks':
        if oids:
            lines += [lab['order'] + ' ' + oids[0]]
        for k in items:
            lines += [lab['item'] + ' ' + title(k, wl), 'ASIN: ' + ASINS[k], lab['qty'] + ' 1']
        lines += ['', lab['msg'], text] + footer
    elif w == 'deco':
        sep = spec.get('sep', '=' * 56)
        lines += [sep]
        if oids:
            lines += [lab['order'] + ' ' + oids[0]]
        for i, k in enumerate(items, 1):
            lines += ['%d %s [ASIN: %s]' % (i, title(k, wl), ASINS[k])]
        lines += [sep, lab['msg'], '', text, '', sep] + footer[1:]
    elif w == 'old':
        if oids:
            lines += ['%s %s:' % (lab['order'].rstrip(':').rstrip(' ：:'), oids[0])]
        for k in items:
            lines += ['1 of %s [ASIN: %s]' % (title(k, wl), ASINS[k])] if wl == 'en' else \
                     ['1 x %s [ASIN: %s]' % (title(k, wl), ASINS[k])]
        lines += ['', '------------- %s -------------' % lab['begin'], '', text, '',
                  '------------- %s -------------' % lab['end'], '']
        if lab['retain']:
            lines += [lab['retain'], '']
        if lab['nrn']:
            lines += [lab['nrn'],
                      'https://sellercentral.amazon.%s/gp/communication-manager/no-response-needed.html'
                      '?msg=%s&mp=%s' % (spec['tld'], ph['tok'], MP_ID.get(spec['tld'], 'ATVPDKIKX0DER')), '']
        if lab['susp']:
            lines += [lab['susp'], 'https://www.amazon.%s/gp/help/reports/contact-us' % spec['tld'], '']
        lines += ['[commMgrTok:%s]' % ph['tok']]
    elif w == 'cs':
        c = CS_L[wl]
        lines += [c[0], '', c[1], '']
        if oids:
            lines += [c[2] + ' ' + oids[0]]
        lines += [c[3] + ' ' + ASINS[items[0]], c[4] + ' ' + spec.get('reason', ''), '', c[5], text, '',
                  c[6], '', c[7], c[8]]
    else:
        raise ValueError(w)
    if w == 'reply' and spec.get('quote'):
        # quoted seller message goes after the buyer words, before the footer
        qi = lines.index(lab['svc']) - 4
        qlines = spec['quote_header'].split('\n') + ['> ' + x if x else '>' for x in spec['quote'].split('\n')]
        lines[qi:qi] = [''] + qlines
    return '\n'.join(lines) + '\n'


def render_html(spec, ph, wl):
    lab = L[wl]
    esc = html.escape
    text = spec['text_final']
    oids = ph['oids']
    ent = spec.get('entities', False)

    def e(s):
        s = esc(s, quote=False)
        if ent:
            s = s.encode('ascii', 'xmlcharrefreplace').decode('ascii')
        return s
    body = []
    if spec['wrap'] == 'cs':
        c = CS_L[wl]
        body.append('<p>%s</p><p>%s</p>' % (e(c[0]), e(c[1])))
        body.append('<table cellpadding="4" style="border-collapse:collapse">')
        if oids:
            body.append('<tr><td><b>%s</b></td><td>%s</td></tr>' % (e(c[2]), oids[0]))
        body.append('<tr><td><b>%s</b></td><td>%s</td></tr>' % (e(c[3]), ASINS[spec['items'][0]]))
        body.append('<tr><td><b>%s</b></td><td>%s</td></tr></table>' % (e(c[4]), e(spec.get('reason', ''))))
        body.append('<p><b>%s</b></p>' % e(c[5]))
        body.append('<p>%s</p>' % '<br>\n'.join(e(x) for x in text.split('\n')))
        body.append('<p>%s</p><p>%s<br>%s</p>' % (e(c[6]), e(c[7]), e(c[8])))
    else:
        if oids:
            body.append('<p style="font-size:14px"><b>%s</b> <a href="https://sellercentral.amazon.%s/orders-v3/'
                        'order/%s">%s</a></p>' % (e(lab['order']), spec['tld'], oids[0], oids[0]))
        body.append('<table border="0" cellpadding="4" style="border-collapse:collapse">')
        body.append('<tr>%s</tr>' % ''.join('<th align="left">%s</th>' % e(h) for h in lab['head']))
        for i, k in enumerate(spec['items'], 1):
            body.append('<tr><td>%d</td><td>%s</td><td>%s</td></tr>' % (i, ASINS[k], e(title(k, wl))))
        body.append('</table>')
        body.append('<p><b>%s</b></p>' % e(lab['msg']))
        if spec['wrap'] == 'photo' and not text.strip():
            body.append('<p><i>[%s]</i></p>' % e(lab['photo']))
        else:
            paras = text.split('\n\n')
            for p in paras:
                body.append('<p>%s</p>' % '<br>\n'.join(e(x) for x in p.split('\n')))
        if spec['wrap'] == 'reply' and spec.get('quote'):
            body.append('<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">'
                        '<p>%s</p><p>%s</p></div>' % (e(spec['quote_header']),
                                                      '<br>\n'.join(e(x) for x in spec['quote'].split('\n'))))
        body.append('<hr>')
        body.append('<p><a href="https://sellercentral.amazon.%s/messaging/thread?t=%s">%s</a> &nbsp;|&nbsp; '
                    '<a href="https://sellercentral.amazon.%s/messaging/report?t=%s">%s</a></p>' % (
                        spec['tld'], ph['tok'].lower(), e(lab['view']), spec['tld'], ph['tok'], e(lab['report'])))
        body.append('<p style="color:#777;font-size:11px">%s</p>' % e(lab['svc']))
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif">\n%s\n</body></html>\n'
            % (spec['cs'], '\n'.join(body)))


# --------------------------------------------------------------------------
# dates and headers

BASE = datetime(2025, 1, 20, 6, 0, tzinfo=timezone.utc)
TZ = {'com': -8, 'ca': -5, 'co.uk': 0, 'ie': 0, 'de': 1, 'fr': 1, 'it': 1, 'es': 1, 'nl': 1, 'se': 1,
      'pl': 1, 'com.be': 1, 'com.tr': 3, 'co.jp': 9, 'com.au': 10, 'sg': 8, 'ae': 4, 'com.br': -3,
      'com.mx': -6}


def msg_date(n, total, tz_hours):
    r = R('date', n)
    span = (datetime(2026, 11, 28, tzinfo=timezone.utc) - BASE).total_seconds()
    t = BASE + timedelta(seconds=span * (n - 1) / total + r.randrange(0, 36000))
    tz = timezone(timedelta(hours=tz_hours))
    return t.astimezone(tz)


def fmt_date(d):
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    off = d.utcoffset().total_seconds() // 60
    sign = '+' if off >= 0 else '-'
    off = abs(int(off))
    return '%s, %02d %s %d %02d:%02d:%02d %s%02d%02d' % (days[d.weekday()], d.day, mons[d.month - 1], d.year,
                                                       d.hour, d.minute, d.second, sign, off // 60, off % 60)


def received(n, host, d):
    r = R('rcv', n)
    ip = r.choice(['192.0.2.', '198.51.100.', '203.0.113.']) + str(r.randrange(2, 250))
    du = d.astimezone(timezone.utc) + timedelta(seconds=r.randrange(1, 40))
    return ('Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
        host, host, ip, MX, hashlib.md5(('q%d' % n).encode()).hexdigest()[:10].upper(), SUPPORT, fmt_date(du)))


def msgid(n, domain):
    h = hashlib.sha1(('mid%d' % n).encode()).hexdigest()
    return '<%s.%s@%s>' % (h[:16], h[16:28], domain)


def assemble(top_headers, part):
    ph, pb = part
    head = '\n'.join(top_headers + ['MIME-Version: 1.0'] + ph) + '\n\n'
    return head.encode('ascii') + pb


# --------------------------------------------------------------------------
# builders for each kind

def build_buyer(n, total, spec):
    r = R('buyer', n)
    tld = spec['tld']
    wl = spec.get('wl') or TLD_LANG[tld]
    if spec['wrap'] == 'cs' and wl not in CS_L:
        wl = 'en'
    oids = [make_oid(R('oid', n, i), tld) for i in range(spec.get('n', 1))]
    tok = ''.join(r.choice(UPALNUM) for _ in range(13))
    ph = {'oids': oids, 'oid': oids[0] if oids else '', 'oid2': oids[1] if len(oids) > 1 else '',
          'oid3': oids[2] if len(oids) > 2 else '',
          'trk': make_tracking(R('trk', n), spec.get('trkkind', 'dhl')), 'asin': ASINS[spec['items'][0]],
          'name': spec['name'], 'tok': tok, 'date': ''}
    spec = dict(spec)
    spec['text_final'] = sub_ph(spec['text'], ph)
    if spec.get('quote'):
        spec['quote'] = sub_ph(spec['quote'], ph)
        qd = msg_date(n, total, 0) - timedelta(days=2, hours=3)
        spec['quote_header'] = spec.get('qhdr', 'On {d}, Kettlewick Support wrote:').replace(
            '{d}', '%d %s %d' % (qd.day, ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
                                            'Nov', 'Dec'][qd.month - 1], qd.year))
    # subject
    s = spec.get('subj')
    lab = L[TLD_LANG[tld] if spec.get('subjlang') is None else spec['subjlang']]
    disp = spec['name']
    if s is None:
        s = lab['subj'] if oids else lab['subj0']
    elif s.startswith('topic:'):
        s = TOPIC_SUBJ.replace('{topic}', s[6:])
    elif s == 'msgfrom':
        s = lab['msgfrom']
    elif s == 'cancel':
        s = lab['cancel']
    elif s == 'subj0':
        s = lab['subj0']
    subject = s.replace('{name}', spec.get('subjname', spec['name'])).replace('{oid}', oids[0] if oids else '')
    subject = sub_ph(subject, ph)
    spec['subject_final'] = subject
    cs = spec['cs']
    cte = spec['cte']
    mime = spec['mime']
    if spec['wrap'] == 'old' or spec['wrap'] == 'deco':
        assert mime == 'text', 'old/deco layouts are text only'
    plain = render_plain(spec, ph, wl)
    parts = []
    if mime == 'text':
        body = leaf('text/plain', plain, cs, cte)
    elif mime == 'html':
        body = leaf('text/html', render_html(spec, ph, wl), cs, cte)
    elif mime == 'alt':
        body = multipart('alternative', [leaf('text/plain', plain, cs, cte),
                                         leaf('text/html', render_html(spec, ph, wl), cs,
                                              spec.get('htmlcte', cte))], boundary_for(n, 1))
    else:
        raise ValueError(mime)
    if spec.get('attach'):
        att = []
        for j, a in enumerate(spec['attach']):
            if a.endswith('.png'):
                att.append(leaf('image/png', png_bytes((n, j)), None, 'base64',
                                extra=['Content-Disposition: attachment; filename="%s"' % a], params='; name="%s"' % a))
            elif a.endswith('.pdf'):
                att.append(leaf('application/pdf', pdf_bytes('Kettlewick order %s' % ph['oid']), None, 'base64',
                                extra=['Content-Disposition: attachment; filename="%s"' % a], params='; name="%s"' % a))
        body = multipart('mixed', [body] + att, boundary_for(n, 2))
    alias = spec.get('alias') or make_alias(R('alias', spec['name'], tld, n))
    frm = addr('%s - Amazon Marketplace' % disp, '%s@marketplace.amazon.%s' % (alias, tld),
               spec.get('hcs', 'UTF-8'), spec.get('henc', 'B'))
    d = msg_date(n, total, TZ.get(tld, 0))
    hcs, henc = spec.get('hcs', 'UTF-8'), spec.get('henc', 'B')
    top = [received(n, 'a%d-%d.smtp-out.eu-west-1.amazonses.example' % (n % 60, n * 7 % 200), d),
           'Date: ' + fmt_date(d),
           'From: ' + frm,
           'Reply-To: ' + '%s@marketplace.amazon.%s' % (alias, tld),
           'To: ' + SUPPORT,
           'Subject: ' + hdr_text(subject, hcs, henc),
           'Message-ID: ' + msgid(n, 'marketplace.amazon.' + tld)]
    if spec['wrap'] == 'reply':
        top.append('In-Reply-To: <kw.%s@kettlewick.example>' % hashlib.sha1(('r%d' % n).encode()).hexdigest()[:20])
    top.append('X-AMAZON-MAIL-RELAY-TYPE: notification')
    top.append('Bounces-to: %s+%s@marketplace.amazon.%s' % (alias, tok.lower()[:8], tld))
    raw = assemble(top, body)
    label_oids = spec.get('label_oids')
    if label_oids is None:
        label_oids = oids
    elif label_oids == 'first':
        label_oids = oids[:1]
    return raw, subject, [spec['text_final']], label_oids, oids


def build_notice(n, total, spec):
    tld = spec['tld']
    oids = [make_oid(R('noid', n, i), tld) for i in range(spec.get('n', 1))]
    ph = {'oids': oids, 'oid': oids[0] if oids else '', 'oid2': oids[1] if len(oids) > 1 else '', 'oid3': '',
          'trk': make_tracking(R('ntrk', n), spec.get('trkkind', 'dhl')), 'asin': ASINS[spec.get('item', 'dripper')],
          'name': spec.get('name', ''), 'tok': '', 'date': ''}
    d = msg_date(n, total, spec.get('tz', TZ.get(tld, 0)))
    dd = d - timedelta(days=spec.get('ago', 3))
    ph['date'] = spec.get('datefmt', '%d.%m.%Y').replace('%d', '%02d' % dd.day).replace(
        '%m', '%02d' % dd.month).replace('%Y', str(dd.year))
    subject = sub_ph(spec['subject'], ph)
    body_text = sub_ph(spec['body'], ph)
    # product placeholders
    body_text = body_text.replace('{title}', title(spec.get('item', 'dripper'), spec.get('tlang', 'en'))) \
        .replace('{sku}', SKUS[spec.get('item', 'dripper')])
    cs, cte, mime = spec['cs'], spec['cte'], spec['mime']
    if mime == 'text':
        body = leaf('text/plain', body_text, cs, cte)
        texts = [body_text]
    else:
        h = spec.get('html')
        if h is None:
            paras = body_text.strip('\n').split('\n\n')
            h = ('<!DOCTYPE html>\n<html><head><meta charset="%s"></head>\n<body style="font-family:Arial">\n'
                 '<table width="600" align="center"><tr><td>\n<img src="https://m.media-amazon.example/logo.png" '
                 'alt="amazon seller central">\n%s\n</td></tr></table>\n</body></html>\n' % (
                     cs, '\n'.join('<p>%s</p>' % '<br>\n'.join(html.escape(x, quote=False) for x in p.split('\n'))
                                   for p in paras)))
        else:
            h = sub_ph(h, ph)
        if mime == 'html':
            body = leaf('text/html', h, cs, cte)
        else:
            body = multipart('alternative', [leaf('text/plain', body_text, cs, cte), leaf('text/html', h, cs, cte)],
                             boundary_for(n, 1))
        texts = [body_text]
    sender = spec['sender']
    dom = sender.split('@')[1]
    hcs, henc = spec.get('hcs', 'UTF-8'), spec.get('henc', 'B')
    top = [received(n, 'b%d-%d.smtp-out.amazonses.example' % (n % 50, n * 3 % 200), d),
           'Date: ' + fmt_date(d),
           'From: ' + addr(spec.get('sname', 'Amazon Seller Central'), sender, hcs, henc),
           'To: ' + SUPPORT,
           'Subject: ' + hdr_text(subject, hcs, henc),
           'Message-ID: ' + msgid(n, dom)]
    top += spec.get('extra_headers', [])
    raw = assemble(top, body)
    label_oids = oids if spec.get('label_oids', True) else []
    return raw, subject, texts, label_oids, oids


def build_other(n, total, spec):
    d = msg_date(n, total, spec.get('tz', 0))
    subject = spec['subject']
    body_text = spec['body']
    ph = {'oids': [], 'oid': make_oid(R('xoid', n), spec.get('tld', 'de')), 'oid2': '', 'oid3': '',
          'trk': make_tracking(R('xtrk', n), spec.get('trkkind', 'dhl')), 'asin': ASINS['dripper'],
          'name': '', 'tok': '', 'date': ''}
    subject = sub_ph(subject, ph)
    body_text = sub_ph(body_text, ph)
    cs, cte, mime = spec['cs'], spec['cte'], spec['mime']
    if mime == 'text':
        body = leaf('text/plain', body_text, cs, cte)
    elif mime == 'html':
        body = leaf('text/html', sub_ph(spec['html'], ph), cs, cte)
    elif mime == 'alt':
        body = multipart('alternative', [leaf('text/plain', body_text, cs, cte),
                                         leaf('text/html', sub_ph(spec['html'], ph), cs, cte)], boundary_for(n, 1))
    elif mime == 'dsn':
        orig = sub_ph(spec['orig'], ph)
        dsn = sub_ph(spec['dsn'], ph)
        body = multipart('report', [leaf('text/plain', body_text, cs, cte),
                                    (['Content-Type: message/delivery-status'], dsn.encode('ascii')),
                                    (['Content-Type: text/rfc822-headers'], orig.encode('ascii'))],
                         boundary_for(n, 1), params=' report-type=delivery-status;')
    else:
        raise ValueError(mime)
    if spec.get('attach'):
        att = []
        for a in spec['attach']:
            if a.endswith('.pdf'):
                att.append(att_leaf('application/pdf', pdf_bytes(spec.get('pdftext', 'document')), a))
            elif a.endswith('.png'):
                att.append(att_leaf('image/png', png_bytes((n, a)), a))
            elif a.endswith('.csv'):
                att.append(att_leaf('text/csv', spec['csv'], a, 'UTF-8'))
        body = multipart('mixed', [body] + att, boundary_for(n, 2))
    hcs, henc = spec.get('hcs', 'UTF-8'), spec.get('henc', 'B')
    frm_name, frm_addr = spec['from']
    dom = frm_addr.split('@')[1]
    top = [received(n, spec.get('host', 'mail.' + dom), d),
           'Date: ' + fmt_date(d),
           'From: ' + addr(frm_name, frm_addr, hcs, henc),
           'To: ' + spec.get('to', SUPPORT),
           'Subject: ' + hdr_text(subject, hcs, henc),
           'Message-ID: ' + msgid(n, dom)]
    top += spec.get('extra_headers', [])
    raw = assemble(top, body)
    label_oids = [ph['oid']] if spec.get('label_oid') else []
    texts = [body_text]
    if mime == 'html':  # the HTML is written separately; check its main paragraph
        texts = [body_text.split('\n\n')[1]]
    return raw, subject, texts, label_oids, [ph['oid']]


BUILD = {'buyer': build_buyer, 'notice': build_notice, 'other': build_other}


def main():
    specs = data.all_specs()
    total = len(specs)
    os.makedirs(os.path.join(HERE, 'mail'), exist_ok=True)
    rows = []
    meta = []
    for n, spec in enumerate(specs, 1):
        raw, subject, texts, label_oids, oids = BUILD[spec['kind']](n, total, spec)
        fn = 'mail/%03d.eml' % n
        with open(os.path.join(HERE, fn), 'wb') as f:
            f.write(raw)
        rows.append([fn, spec['case'], spec.get('sub', '') or '', ';'.join(label_oids), spec['lang'],
                     'true' if spec['nh'] else 'false'])
        meta.append((fn, spec, subject, texts, label_oids))
    # remove stale files from earlier runs
    keep = {'%03d.eml' % n for n in range(1, total + 1)}
    for f in os.listdir(os.path.join(HERE, 'mail')):
        if f not in keep:
            os.remove(os.path.join(HERE, 'mail', f))
    with open(os.path.join(HERE, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['file', 'case', 'subreason', 'order_id', 'language', 'needs_human'])
        w.writerows(rows)
    print('wrote %d messages' % total)
    if '--check' in sys.argv:
        import check
        check.run(HERE, meta)


if __name__ == '__main__':
    main()
