E = []
def a(rules, note, text): E.append(("zh", rules, note, text.strip("\n")))

a("off_amazon_contact;off_amazon_payment", "WeChat add plus WeChat transfer refund", """
王先生您好：

非常抱歉收到的保温杯有划痕。为了尽快处理，麻烦您加一下我们的微信 homelife_2023，把照片发过来，确认后我们直接微信转账给您退款，比走平台快很多。

谢谢理解！
家居生活馆 小李
""")

a("placeholder", "[承运商] and [追踪号] slots", """
亲爱的顾客您好：

感谢您的耐心等待。您的订单已于今日通过[承运商]发出，追踪号为[追踪号]，预计5-7个工作日送达。如有任何问题，请随时在此留言。

祝您生活愉快！
优品数码店
""")

a("review_positive;review_incentive", "partial refund for deleting bad review and adding good one", """
张女士您好：

对于耳机的问题我们深表歉意。我们可以给您退还30%的货款作为补偿，只是希望您能先把差评删掉，再帮我们留一个好评。您操作完成后告诉我们，我们马上安排退款。

声动数码客服
""")

a("marketing", "cross-sell plus store follow, no coupon word", """
刘女士您好：

很高兴听到换货的连衣裙尺码合适！我们店铺这周刚上新了一批秋冬针织开衫，和您买的这款很好搭配，有空可以到店铺首页看看，关注店铺还能第一时间收到上新提醒。

衣锦服饰 客服小美
""")

a("link", "'点com' spelled domain", """
陈先生您好：

关于扫地机器人的固件升级，详细步骤和视频教程都放在我们官网上了，地址是 cleanbot点com/support，按照第三步操作即可恢复正常。

如还有问题请告诉我们。
净宝智能客服
""")

a("email;off_amazon_contact", "QQ mailbox address", """
杨先生您好：

关于您需要的增值税发票，请将公司名称和税号发送到我们的邮箱 3381927460@qq.com，财务同事会在两个工作日内开好发给您。

谢谢！
鑫达办公用品
""")

a("off_amazon_payment", "Alipay refund of price difference", """
赵女士您好：

您说得对，商品页面的价格有误，给您带来不便非常抱歉。差价15元我们可以通过支付宝直接退给您，请在这里回复您的支付宝账号名称，我们今天就转过去。

美妆小铺
""")

a("phone;off_amazon_contact", "+86 mobile number call invitation", """
黄先生您好：

关于电动自行车电池充不进电的问题，文字说明比较麻烦。您方便的话可以直接打我们售后电话 +86 138 0013 8000，工作日9点到18点都有技术人员在线。

骑乐电动车售后
""")

a("", "HARD-OK: WeChat named only to refuse", """
周先生您好：

谢谢您的建议，但根据亚马逊的规定，我们不能通过微信与买家沟通，所有交流都需要在这个消息窗口进行。您可以直接回复此消息并附上照片，我们收到后会尽快为您处理。

木之语家居
""")

a("", "HARD-OK: Alipay named only to refuse", """
吴女士您好：

非常理解您希望通过支付宝退款，但亚马逊订单的退款只能通过亚马逊原路退回，我们无法使用其他支付方式。退款28.50美元已于今天提交，一般3到5个工作日到账。

感谢您的耐心！
茶韵小馆
""")

a("", "HARD-OK: Amazon coupon explains smaller refund", """
孙先生您好：

我们核对了您的退款金额。您下单时使用了亚马逊的5美元优惠券，实际支付金额为24.99美元，所以退款24.99美元就是您支付的全部金额，我们没有扣除任何费用。

如有疑问欢迎继续留言。
乐享厨具
""")

a("", "HARD-OK: order id, tracking number and date", """
马女士您好：

您的订单 112-7446790-9716267 已于3月8日由UPS发出，追踪号为 1Z999AA10123456784，目前包裹已到达当地分拣中心，预计明天送达。

感谢您的耐心等待！
童趣玩具屋
""")

a("", "plain: defective item, replacement or refund", """
朱先生您好：

非常抱歉您收到的台灯无法开启。麻烦您在这里回复一张开关部位的照片，方便我们改进品控。您希望换新还是退款？告诉我们您的选择，我们会立即安排。

明亮灯饰
""")

a("", "plain: unshipped address change: cancel and reorder", """
胡女士您好：

由于亚马逊要求我们只能按订单上的地址发货，而您的订单还未发出，建议您先申请取消订单，再用新地址重新下单。这样最稳妥，也不会重复扣款。

给您添麻烦了，谢谢理解。
绿植花园
""")

a("", "plain: refund status", """
林先生您好：

我们已于11月20日收到您退回的行李箱，并于次日办理了全额退款45美元。银行到账一般需要3到7个工作日，请您留意账户。

感谢您的耐心！
行者箱包
""")
