-- wrk script: POSTs one GraphQL request body per call, from the BENCH_BODY environment variable.
-- "%ID%" in the body is replaced by a random id from 1 to BENCH_MAX_ID, so by-id scenarios touch the whole dataset.
-- Responses with a GraphQL "errors" member are counted and reported, since they still answer HTTP 200.
local body = os.getenv("BENCH_BODY")
local max_id = tonumber(os.getenv("BENCH_MAX_ID") or "0")
local threads = {}
errors = 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  local b = body
  if max_id > 0 then
    b = b:gsub("%%ID%%", tostring(math.random(1, max_id)))
  end
  return wrk.format(nil, "/graphql", nil, b)
end

function response(status, headers, resp)
  if status ~= 200 or resp:find('"errors"', 1, true) then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do
    total = total + t:get("errors")
  end
  io.write(string.format("graphql_errors %d\n", total))
end
