-- cases module: the reply templates a new installation starts with; administrators edit them on /admin/templates.
-- Placeholders: {reporterName}, {trackingNumber}, {organization}, {referral}.

insert into reply_template (name, language, body, updated_by, updated_at) values
('acknowledgment', 'ja', '{reporterName} 様

{organization} PSIRTです。脆弱性のご報告（受付番号 {trackingNumber}）をいただき、ありがとうございます。内容を確認し、製品の担当部門とともに評価を進めます。結果は追ってご連絡します。質問やお知らせは、このページ（報告状況確認用の専用リンク）でお伝えします。', 'madoguchi', now()),
('acknowledgment', 'en', 'Dear {reporterName},

This is {organization} PSIRT. Thank you for your vulnerability report ({trackingNumber}). We have received it and are assessing it with the development division of the product. We will tell you the result; questions and news will appear on your private status page.', 'madoguchi', now()),
('need-more-information', 'ja', '{reporterName} 様

受付番号 {trackingNumber} の評価のため、追加の情報をお願いします。

（ここに必要な情報を書いてください）

このページからご返信ください。ご返信をいただくまで評価を一時停止します。', 'madoguchi', now()),
('need-more-information', 'en', 'Dear {reporterName},

To assess report {trackingNumber} we need more information:

(describe what is needed here)

Please answer on this page. Our assessment is paused until you reply.', 'madoguchi', now()),
('accepted', 'ja', '{reporterName} 様

受付番号 {trackingNumber} について評価の結果、(1) 製品のセキュリティ上の問題であり、(2) 再現でき、(3) 未公表であることを確認し、新たな脆弱性と判定しました。製品の担当部門が対策を進めます。公表日は準備が整い次第ご相談します。', 'madoguchi', now()),
('accepted', 'en', 'Dear {reporterName},

We assessed report {trackingNumber} and confirmed that it (1) identifies a true product security issue, (2) can be reproduced and (3) is undisclosed. It is a new vulnerability; the development division is preparing countermeasures. We will agree the publication date with you when they are ready.', 'madoguchi', now()),
('resolution.not-a-vulnerability', 'ja', '{reporterName} 様

受付番号 {trackingNumber} について評価の結果、製品のセキュリティ上の問題ではないと判断し、対応を終了します。ご報告ありがとうございました。', 'madoguchi', now()),
('resolution.not-a-vulnerability', 'en', 'Dear {reporterName},

After assessment we concluded that report {trackingNumber} does not identify a product security issue, and we have closed it. Thank you for reporting.', 'madoguchi', now()),
('resolution.not-reproducible', 'ja', '{reporterName} 様

受付番号 {trackingNumber} について、いただいた手順では事象を再現できなかったため、対応を終了します。新たな情報があればこのページからお知らせください。', 'madoguchi', now()),
('resolution.not-reproducible', 'en', 'Dear {reporterName},

We could not reproduce the issue of report {trackingNumber} with the steps provided, and have closed it. If you have more information, please tell us on this page.', 'madoguchi', now()),
('resolution.already-disclosed', 'ja', '{reporterName} 様

受付番号 {trackingNumber} の内容はすでに公表済みの脆弱性に該当するため、対応を終了します。ご報告ありがとうございました。', 'madoguchi', now()),
('resolution.already-disclosed', 'en', 'Dear {reporterName},

Report {trackingNumber} concerns a vulnerability that is already disclosed, so we have closed it. Thank you for reporting.', 'madoguchi', now()),
('resolution.duplicate', 'ja', '{reporterName} 様

受付番号 {trackingNumber} の内容は、先に報告された脆弱性と同じものでした。対応はその件とあわせて進めます。ご報告ありがとうございました。', 'madoguchi', now()),
('resolution.duplicate', 'en', 'Dear {reporterName},

Report {trackingNumber} concerns a vulnerability that was reported to us before; it is being handled with that report. Thank you for reporting.', 'madoguchi', now()),
('resolution.out-of-scope-website', 'ja', '{reporterName} 様

受付番号 {trackingNumber} は当社ウェブサイトに関するもので、PSIRTの対象外です。次の窓口へご連絡ください：{referral}', 'madoguchi', now()),
('resolution.out-of-scope-website', 'en', 'Dear {reporterName},

Report {trackingNumber} concerns our websites, which the PSIRT does not handle. Please contact: {referral}', 'madoguchi', now()),
('resolution.out-of-scope-other-vendor', 'ja', '{reporterName} 様

受付番号 {trackingNumber} は当社以外の製品に関するものです。当該製造元またはJPCERT/CCなどの調整機関へご連絡ください：{referral}', 'madoguchi', now()),
('resolution.out-of-scope-other-vendor', 'en', 'Dear {reporterName},

Report {trackingNumber} concerns another manufacturer''s product. Please contact that manufacturer or a coordinator such as JPCERT/CC: {referral}', 'madoguchi', now()),
('resolution.withdrawn', 'ja', '{reporterName} 様

受付番号 {trackingNumber} は取り下げられたため、対応を終了しました。', 'madoguchi', now()),
('resolution.withdrawn', 'en', 'Dear {reporterName},

Report {trackingNumber} was withdrawn and we have closed it.', 'madoguchi', now()),
('resolution.spam', 'ja', '受付番号 {trackingNumber} は脆弱性の報告ではないため、対応を終了しました。', 'madoguchi', now()),
('resolution.spam', 'en', 'Report {trackingNumber} is not a vulnerability report and has been closed.', 'madoguchi', now()),
('resolution.fixed-and-published', 'ja', '{reporterName} 様

受付番号 {trackingNumber} の脆弱性について対策とアドバイザリを公表し、対応を終了しました。ご協力ありがとうございました。', 'madoguchi', now()),
('resolution.fixed-and-published', 'en', 'Dear {reporterName},

The countermeasures and advisory for the vulnerability of report {trackingNumber} are published, and we have closed the case. Thank you for your cooperation.', 'madoguchi', now());
