package io.debtmeter.core.voting;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The networks the facilitator can open voting on: every IPv4 address of every interface that is up,
 * the one with the default route first (phones on the room's Wi-Fi reach the laptop through it), and
 * "this computer only" (loopback) last, for trying it out. Found without sending a single packet: the
 * default route is read from the kernel's routing table where there is one ({@code /proc/net/route}),
 * otherwise the first site-local address stands in for it.
 */
public final class NetworkChoices {

    private static final Path ROUTES = Path.of("/proc/net/route");

    private NetworkChoices() {
    }

    public static List<NetworkChoice> find() {
        Optional<String> routed = defaultRouteInterface(ROUTES);
        List<NetworkChoice> found = new ArrayList<>();
        NetworkChoice loopback = null;
        for (NetworkInterface network : interfaces()) {
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (!(address instanceof Inet4Address)) {
                    continue;
                }
                if (address.isLoopbackAddress()) {
                    loopback = loopback != null ? loopback : new NetworkChoice(network.getName(), address, false);
                } else {
                    found.add(new NetworkChoice(network.getName(), address,
                            routed.map(network.getName()::equals).orElse(false)));
                }
            }
        }
        if (routed.isEmpty() && !found.isEmpty()) {
            NetworkChoice guess = found.stream().filter(c -> c.address().isSiteLocalAddress()).findFirst().orElse(found.get(0));
            found.set(found.indexOf(guess), new NetworkChoice(guess.interfaceName(), guess.address(), true));
        }
        found.sort(Comparator.comparing((NetworkChoice c) -> !c.defaultRoute()).thenComparing(NetworkChoice::interfaceName));
        found.add(loopback != null ? loopback : new NetworkChoice("lo", InetAddress.getLoopbackAddress(), false));
        return List.copyOf(found);
    }

    /** The first choice: the default route's, or loopback when the laptop has no network at all. */
    public static NetworkChoice preferred(List<NetworkChoice> choices) {
        return choices.stream().filter(NetworkChoice::defaultRoute).findFirst().orElse(choices.get(choices.size() - 1));
    }

    /** The interface whose routing-table line has destination 0.0.0.0 (Linux); empty elsewhere. */
    static Optional<String> defaultRouteInterface(Path routes) {
        if (!Files.isReadable(routes)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(routes).stream().skip(1)
                    .map(line -> line.trim().split("\\s+"))
                    .filter(fields -> fields.length > 3 && fields[1].equals("00000000"))
                    .map(fields -> fields[0])
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<NetworkInterface> interfaces() {
        try {
            return Collections.list(NetworkInterface.getNetworkInterfaces()).stream().filter(NetworkChoices::isUp).toList();
        } catch (SocketException e) {
            return List.of();
        }
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
