L = "zh"
D = []
def a(rules, note, text):
    D.append((L, rules, note, text.strip("\n")))

a("off_amazon_contact", "WeChat invitation without an ID", """
王先生您好：

非常抱歉台灯的开关有问题。为了更快帮您处理，您可以在微信上搜索我们的店铺名“光影家居”加我们好友，直接发视频给我们的技术人员。

光影家居 客服小李
""")
a("off_amazon_payment", "Alipay refund to skip Amazon", """
李女士您好：

确实是我们少发了一个收纳盒，非常抱歉。为了不让您等Amazon退款，我们可以直接通过支付宝退您15元，麻烦告诉我们您的支付宝账号。

整理控收纳 客服
""")
a("email;off_amazon_contact", "full-width ＠ e-mail", """
张先生您好：

关于您提到的耳机连接问题，请把设备型号和问题视频发送到 service＠yinyue-tech.com，我们的工程师会在24小时内回复您。

音悦科技 售后部
""")
a("phone;off_amazon_contact", "Chinese mobile number, call invitation", """
陈女士您好：

很抱歉咖啡机出现漏水情况。这个问题在电话里说明会比较清楚，请您拨打我们的售后电话 138 0013 8000，我们的师傅会一步一步指导您检查。

醇香咖啡器具
""")
a("placeholder", "[承运商] and [单号] slots", """
刘先生您好：

感谢您的耐心等待。您的包裹已于昨天通过[承运商]发出，快递单号为[单号]，预计3至5个工作日送达。

如有其他问题，请随时在此留言。
竹韵家居
""")
a("review_positive", "asks for five-star rating", """
赵女士您好：

很高兴您喜欢这条丝巾！我们是一家小店，每一个评价都对我们非常重要。如果方便的话，请在Amazon上给我们一个五星好评，非常感谢！

丝语坊
""")
a("review_incentive", "refund in sequence after deleting negative review", """
周先生您好：

对于床单褪色的问题我们深表歉意。我们愿意给您全额退款，麻烦您先把差评删除，删除后告诉我们，我们马上为您办理退款。

棉麻时光
""")
a("link", "domain written with 点com", """
吴女士您好：

关于拼装步骤，我们在官网上有详细的视频教程，您可以访问 muyijia点com 的“安装指南”页面查看。第五步的螺丝请注意不要拧得太紧。

木艺家 客服
""")
a("marketing", "cross-sell via brand search, no coupon word", """
孙先生您好：

很高兴茶具已经安全送到。和这套茶具配套的竹制茶盘我们也有出售，颜色和花纹完全一致。您在Amazon搜索我们的品牌“清茗轩”就可以找到。

清茗轩
""")

a("", "TRAP: WeChat named only to decline", """
郑女士您好：

谢谢您提出加微信沟通，但根据Amazon的规定，我们只能通过这里的站内信与您联系。您可以直接在这条消息中附上照片，我们看到后会立刻回复。

巧手布艺
""")
a("", "TRAP: Alipay named only to refuse", """
冯先生您好：

理解您希望通过支付宝收款，但我们只能通过Amazon退款，退款会原路退回到您下单时的支付方式。19.99美元的退款今天已经提交。

户外行者
""")
a("", "TRAP: tracking number and order id", """
何女士您好：

您的订单 114-7863528-5212210 已于3月5日由UPS发出，追踪号码为 1Z999AA10123456784，预计3月9日送达。您也可以在“我的订单”中查看物流状态。

瓷韵餐具
""")
a("", "TRAP: neutral feedback update note", """
许先生您好：

感谢您告诉我们新的充电器使用正常，很高兴问题已经解决。

如果您认为我们已经妥善处理了您的问题，您可以更新或删除之前留下的反馈，这完全由您决定。

电源先锋
""")
a("", "TRAP: coupon explains smaller refund", """
曹女士您好：

您的退款金额是25.99美元，而不是29.99美元，是因为下单时使用了Amazon的4美元优惠券，这部分金额并未向您收取。退款金额与您实际支付的一致。

梦乡寝具
""")
a("", "plain: shipped, refuse delivery then refund", """
邓先生您好：

很抱歉，您的订单昨天已经发出，无法再取消。如果您不需要这件商品，可以在快递员派送时拒收，包裹退回后我们会全额退款。

手作皮具
""")
a("", "plain: defective, troubleshooting", """
彭女士您好：

很抱歉加湿器不出雾。请先检查水箱是否放到位，并用软布擦拭底部的雾化片。如果仍然不工作，请在这里告诉我们，我们会为您补发一台新的。

润物家电
""")
