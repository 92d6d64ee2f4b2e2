from en_block import a, D

# ---- block
a("zh", "block", "off_amazon_contact", "WeChat invitation with ID", """王先生您好：

非常抱歉给您带来不便。为了更快地帮您解决问题，您可以添加我们的微信客服（微信号：jiaju_kefu888），发送产品照片和视频，我们的技术人员会第一时间为您处理。

祝好！
家居优选店 小李""")

a("zh", "block", "phone;off_amazon_contact", "Chinese mobile number, call invitation", """李女士您好：

关于吸尘器无法充电的问题，文字说明可能不太清楚，建议您直接拨打我们的售后电话 138 0013 8000，工作日9点到18点都有人接听，我们会一步一步指导您操作。

谢谢您的耐心！
清洁家电旗舰店""")

a("zh", "block", "email;off_amazon_contact", "email obfuscated with 'at' and 点", """张先生您好：

收到您的留言，很抱歉杯子在运输中破损了。麻烦您把破损照片和订单号发到我们的售后邮箱 service at chayi 点 com，我们核实后会马上为您补发或退款。

茶艺生活馆 售后部""")

a("zh", "block", "review_positive", "five-star praise request", """刘女士您好：

很高兴得知换货的产品已经顺利收到并且使用正常！我们是一家小店，每一个好评对我们都非常重要。如果方便的话，麻烦您在商品页面给我们留个五星好评，万分感谢！

祝您生活愉快！
暖暖家纺""")

a("zh", "block", "review_incentive", "cash back after deleting negative review", """陈先生您好：

对于这次的配送延误，我们深表歉意。为表诚意，我们愿意返还您20%的货款。只需您删除之前留下的差评，截图发给我们确认后，我们会立即安排退款。

感谢理解！
数码配件专营店""")

a("zh", "block", "marketing", "coupon and new products", """杨女士您好：

新的收纳盒已经为您补发，预计3天内送达。给您添麻烦了！另外，本店新上架了一系列同款颜色的收纳篮，下次购买时输入优惠码 SAVE10 可享九折优惠，欢迎选购。

收纳达人小铺""")

a("zh", "block", "placeholder", "[承运商] and [追踪号] slots unfilled", """赵先生您好：

感谢您的耐心等待。您的订单已于今天发货，承运商为[承运商]，追踪号为[追踪号]。您可以在亚马逊订单页面查看物流信息，预计5至7个工作日送达。

祝好！
户外装备专营店""")

a("zh", "block", "off_amazon_payment", "Alipay refund offer", """黄女士您好：

非常抱歉少发了一个配件。为了节省您的时间，我们可以直接通过支付宝给您退还15元差价，不用走亚马逊的退款流程。请把您的支付宝账号发给我们，今天就可以到账。

厨房好物店 小周""")

a("zh", "block", "link;marketing", "domain written with 点com and store promotion", """吴先生您好：

感谢您的购买！您买的灯具有配套的灯罩和灯泡，在亚马逊上暂时没有上架，您可以到我们的官网 guangying点com 查看全部款式，新款也会第一时间在官网发布。

光影灯饰""")

a("zh", "block", "review_incentive", "free gift in exchange for updating review, soft", """周女士您好：

真的很抱歉这次让您失望了。我们已经为您准备了一套全新的餐具作为补偿，免费寄出。不过在发货之前，想麻烦您先把之前的评价修改一下，改好后告诉我们，我们就马上安排发货。

谢谢您！
瓷韵餐具""")

# ---- ok
a("zh", "ok", "", "hard: WeChat mentioned only to refuse", """孙先生您好：

感谢您提供微信号，但根据亚马逊的规定，我们只能通过亚马逊站内信与买家沟通，不能添加微信。您可以直接在这条消息里上传照片，我们看到后会马上回复您。

祝好！
运动户外专营店""")

a("zh", "ok", "", "hard: Alipay refund refused", """马女士您好：

您希望通过支付宝退款，非常抱歉，我们不能在亚马逊之外进行任何付款。退款89元已于今天通过亚马逊办理，会原路退回到您下单时使用的支付方式，一般3到5个工作日到账。

母婴好物店""")

a("zh", "ok", "", "hard: tracking number and order id digits", """朱先生您好：

您的订单 112-7446790-9716267 已于12月3日发出，承运商为顺丰，运单号 SF1234567890123。您也可以在“我的订单”中点击“追踪包裹”查看最新物流，预计后天送达。

书香文具""")

a("zh", "ok", "", "hard: official cancellation path", """胡女士您好：

您的订单目前尚未发货，您可以自行申请取消：进入亚马逊的“我的订单”，选择该订单，点击“申请取消”。我们收到申请后会立即批准，款项将原路退回。

谢谢！
童趣玩具馆""")

a("zh", "ok", "", "hard: thanks for review already left", """郭先生您好：

看到您在商品页面留下的评价，真的非常感谢！您提到的保温效果和清洗方法，对其他买家也很有参考价值。我们会继续努力把产品做好。

祝您生活愉快！
保温杯工坊""")

a("zh", "ok", "", "hard: free reshipment, no conditions", """何女士您好：

非常抱歉花瓶在运输途中摔碎了。我们今天就免费为您补发一个新的，破损的那个不用寄回，请小心处理。您不需要做任何其他操作。

再次致歉！
花艺家居""")

a("zh", "ok", "", "hard: Amazon coupon explains smaller refund", """高先生您好：

您这次的退款金额是135元而不是150元，是因为您下单时使用了亚马逊的10%优惠券。亚马逊会按您实际支付的金额退款，所以金额是正确的，并没有少退。

谢谢您的理解！
户外帐篷专营店""")

a("zh", "ok", "", "hard: 'positive or negative' honest review note", """罗女士您好：

缺少的配件已经补发，预计明天送达，给您带来不便非常抱歉。等您使用一段时间后，欢迎根据真实体验留下评价，无论好评还是差评都可以，这对其他买家和我们改进产品都很有帮助。

厨房电器店""")
