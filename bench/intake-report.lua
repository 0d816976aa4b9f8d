-- wrk script: POST a complete report (with a small attachment) to the intake API and count answers by status.
-- The counts of every thread are gathered in done(), so the script can print how many reports were accepted (201).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[
{"product": "MELSEC iQ-R Ethernet module", "productVersion": "1.2.0", "vulnerabilityType": "CWE-787",
 "title": "Heap overflow in the FTP service", "stepsToReproduce": "Send a USER command longer than 4096 bytes.",
 "proofOfConcept": "python3 poc.py --host 192.0.2.1", "impact": "Remote code execution",
 "cvssVector": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "alreadyPublic": false, "exploited": false,
 "reporter": {"name": "Bench", "email": "bench@example.jp", "organization": "Bench Lab", "anonymous": false},
 "credit": {"wanted": true, "name": "Bench"}, "language": "en", "policyAccepted": true,
 "attachments": [{"fileName": "poc.py", "contentBase64": "aW1wb3J0IHNvY2tldApzID0gc29ja2V0LnNvY2tldCgpCnMuY29ubmVjdCgoJzE5Mi4wLjIuMScsIDIxKSkKcy5zZW5kKGInVVNFUiAnICsgYidBJyAqIDUwMDApCg=="}]}
]]

local threads = {}
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("id", counter)
   table.insert(threads, thread)
end

-- Each thread writes the tracking number of every 201 to its own file, so the benchmark can check each one is
-- stored (BENCH_OUT names the folder).
function init(args)
   created = 0
   other = 0
   local folder = os.getenv("BENCH_OUT")
   if folder then
      out = io.open(folder .. "/tracking-" .. id .. ".txt", "w")
      out:setvbuf("line")
   end
end

function response(status, headers, body)
   if status == 201 then
      created = created + 1
      if out then
         local tracking = string.match(body, '"trackingNumber":"([^"]+)"')
         out:write(tracking, "\n")
      end
   else
      other = other + 1
   end
end

function done(summary, latency, requests)
   local c, o = 0, 0
   for _, t in ipairs(threads) do
      c = c + t:get("created")
      o = o + t:get("other")
   end
   io.write(string.format("created %d\nother %d\n", c, o))
   io.write(string.format("p50_ms %.1f\np99_ms %.1f\nmax_ms %.1f\n", latency:percentile(50) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000))
   io.write(string.format("rate_per_s %.1f\n", c / (summary.duration / 1e6)))
end
