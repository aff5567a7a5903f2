package io.debtmeter.core.voting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which network voting opens on by default: the one with the default route, found without a packet sent. */
class NetworkChoicesTest {

    @TempDir
    Path folder;

    @Test
    void theDefaultRouteIsTheLineWhoseDestinationIsZero() throws Exception {
        Path routes = folder.resolve("route");
        Files.writeString(routes, """
                Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
                docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0
                wlp2s0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0
                wlp2s0\t0001A8C0\t00000000\t0001\t0\t0\t600\t00FFFFFF\t0\t0\t0
                """);

        assertThat(NetworkChoices.defaultRouteInterface(routes)).contains("wlp2s0");
        assertThat(NetworkChoices.defaultRouteInterface(folder.resolve("absent"))).isEmpty();
    }

    @Test
    void thisComputerOnlyIsAlwaysOfferedLastAndIsPreferredOnlyWithoutANetwork() throws Exception {
        List<NetworkChoice> found = NetworkChoices.find();

        assertThat(found).isNotEmpty();
        assertThat(found.get(found.size() - 1).loopback()).isTrue();
        assertThat(found.subList(0, found.size() - 1)).noneMatch(NetworkChoice::loopback);

        NetworkChoice loopback = new NetworkChoice("lo", InetAddress.getLoopbackAddress(), false);
        NetworkChoice wifi = new NetworkChoice("wlp2s0", InetAddress.getByName("192.168.1.23"), true);
        assertThat(NetworkChoices.preferred(List.of(wifi, loopback))).isEqualTo(wifi);
        assertThat(NetworkChoices.preferred(List.of(loopback))).isEqualTo(loopback);
        assertThat(wifi.host()).isEqualTo("192.168.1.23");
        assertThat(new NetworkChoice("eth0", InetAddress.getByName("fd00::1"), false).host()).isEqualTo("[fd00:0:0:0:0:0:0:1]");
    }
}
