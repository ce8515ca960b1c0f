package io.claimgraph.live;

import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;

/**
 * The subscriptions a server holds open, from its metrics (the same for the test app and a packaged one). The
 * protocol acknowledges a connection, not a subscription: tests wait here until the server has registered theirs.
 */
final class OpenSubscriptions {

    private OpenSubscriptions() {
    }

    static int on(int port) {
        String metrics = RestAssured.given().port(port).accept("text/plain").get("/q/metrics")
                .then().statusCode(200).extract().asString();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("claimgraph_live_subscriptions ")) {
                return (int) Double.parseDouble(line.substring(line.indexOf(' ') + 1).strip());
            }
        }
        throw new AssertionError("No claimgraph_live_subscriptions in /q/metrics");
    }

    /** Waits until the server on {@code port} holds exactly {@code expected} subscriptions. */
    static void await(int port, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        int open;
        while ((open = on(port)) != expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "The server on port " + port + " holds " + open + " subscriptions, not " + expected);
            }
            Thread.sleep(20);
        }
    }
}
