-- policy module: a first disclosure policy for a new installation, modelled on the seed policies (NEC, Mitsubishi
-- Electric). Administrators replace it on /admin/policy; the replacement becomes a new dated revision.

insert into policy_revision (published_on, text_ja, text_en, change_ja, change_en, author, created_at)
values (current_date,
'1. はじめに
当社は、製品をご利用のお客さまをサイバー攻撃から守るため、ISO/IEC 29147 および「情報セキュリティ早期警戒パートナーシップガイドライン」に従い、当社製品の脆弱性情報を取り扱います。

2. 報告の受付
当社製品の脆弱性を発見された方は、報告フォームからご連絡ください。製品名、バージョン、脆弱性の種類、再現手順、実証コード、想定される影響をお知らせください。JPCERT/CC などの調整機関を通じた報告も受け付けます。受付後、5営業日以内に返信します。日本の祝日や当社休業日は返信が遅れることがあります。

3. 対象外の報告
当社ウェブサイトの脆弱性は当社CSIRTへ、他社製品の脆弱性は当該製造元または調整機関へご連絡ください。

4. 調査と判定
製品を担当する開発部門が調査し、(1) 製品のセキュリティ上の問題であること、(2) 再現できること、(3) 未公表であること、の三つを満たす場合に新たな脆弱性と判定し、報告者に結果をお知らせします。必要に応じて追加の情報をお願いすることがあります。サポートを終了した製品についてはCVEを採番しますが、詳細な調査を行わない場合があります。

5. 公表
対策の準備ができたら、報告者および調整機関と公表日を調整し、CVE番号の採番後、当社の製品セキュリティ情報ページで JVN と同時に公表します。原則として、報告者、調整機関、製品開発者以外の第三者に未公表の脆弱性情報を開示しません。

6. 謝辞
脆弱性の発見や解決に貢献された方には、同意を得たうえでセキュリティアドバイザリに謝辞を掲載します。同じ脆弱性を複数の方から報告いただいた場合は、最初の報告者に謝辞を掲載します。

7. 個人情報
ご提供いただいた個人情報と脆弱性情報は、当社の個人情報保護方針に従って管理します。',
'1. Introduction
To protect our customers against cyber attacks, we handle vulnerability information about our products in accordance with ISO/IEC 29147 and the Information Security Early Warning Partnership Guideline.

2. Reporting
If you believe you have found a vulnerability in one of our products, please use the report form. Tell us the product name and version, the type of vulnerability, detailed steps to reproduce it, proof-of-concept code and the potential impact. Reports through coordinators such as JPCERT/CC are welcome too. We reply within 5 business days; during Japanese public holidays and our company holidays the reply may take a little longer.

3. Out of scope
Vulnerabilities in our websites go to our CSIRT; vulnerabilities in other manufacturers'' products go to that manufacturer or a coordinator.

4. Investigation
The development division responsible for the product investigates. When the report identifies a true product security issue, can be reproduced, and is undisclosed, it is determined to be a new vulnerability and we notify the reporter of the result. We may ask for more information. Products past their end of life receive a CVE ID but may not be investigated in detail.

5. Publication
When countermeasures are ready, we agree the publication date with the reporter and the coordinator, and after a CVE ID is assigned we publish a security advisory on our product security page at the same time as JVN. In principle we do not disclose undisclosed vulnerability information to anyone but the reporter, the coordinator and the product developers.

6. Acknowledgments
With their agreement, we thank in the advisory those who contributed to discovering or resolving a vulnerability. When several people report the same vulnerability, we credit the first reporter.

7. Personal information
Personal information and vulnerability information you provide are managed in accordance with our personal information protection policy.',
'脆弱性開示ポリシーを公開しました。',
'Vulnerability disclosure policy released.',
'madoguchi', now());
