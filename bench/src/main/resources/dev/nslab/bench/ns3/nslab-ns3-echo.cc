// ns-3's side of nslab's echo benchmarks (nslab bench builds this with g++ against the installed ns-3 and runs it).
//
// The same shape as nslab's EchoBenchmark (routers = 0) and RouterChainBenchmark (routers = 8): a client, ROUTERS
// forwarding nodes and a server in a line, joined by point-to-point links. Link k is 10.1.k.0/24 with .1 on its
// left end and .2 on its right; the client and the server have a default route to their neighbour, each router a
// static route to the client's and the server's subnets through its neighbours (where not directly connected).
//
// One operation is one ICMP echo request (64-byte message, 56 data bytes, as ping's) sent from a raw ICMP socket
// on the client, answered by the server's own ICMP layer, and its reply received back: the next request goes out
// from the reply's receive callback, so there is exactly one request in flight, as in nslab's EchoDriver. The
// first WARMUP round trips are not timed; the next ROUND_TRIPS are timed on the wall clock (steady_clock) from
// inside the simulation. ns-3 keeps its defaults otherwise (checksums are not computed, which favours ns-3).
//
// usage: nslab-ns3-echo ROUTERS WARMUP ROUND_TRIPS
// prints one line: ns3-echo routers=R round_trips=N wall_ns=T sim_ns=S

#include "ns3/core-module.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

const uint32_t DATA_LENGTH = 56;
const uint16_t IDENTIFIER = 0x4243;

Ipv4Address Subnet(uint32_t link)
{
    return Ipv4Address((10u << 24) | (1u << 16) | (link << 8));
}

Ipv4Address LeftAddress(uint32_t link)
{
    return Ipv4Address(Subnet(link).Get() | 1u);
}

Ipv4Address RightAddress(uint32_t link)
{
    return Ipv4Address(Subnet(link).Get() | 2u);
}

/** Sends an echo request, and the next one from the callback that receives its reply. */
class Pinger
{
  public:
    Pinger(Ptr<Node> node, Ipv4Address remote, uint64_t warmUp, uint64_t timed)
        : m_remote(remote),
          m_warmUp(warmUp),
          m_total(warmUp + timed)
    {
        for (uint32_t i = 0; i < DATA_LENGTH; i++)
        {
            m_data[i] = static_cast<uint8_t>(i);
        }
        m_socket = Socket::CreateSocket(node, TypeId::LookupByName("ns3::Ipv4RawSocketFactory"));
        m_socket->SetAttribute("Protocol", UintegerValue(1));
        m_socket->SetRecvCallback(MakeCallback(&Pinger::Receive, this));
        m_socket->Bind(InetSocketAddress(Ipv4Address::GetAny(), 0));
        m_socket->Connect(InetSocketAddress(m_remote, 0));
    }

    void Send()
    {
        Ptr<Packet> packet = Create<Packet>(m_data, DATA_LENGTH);
        Icmpv4Echo echo;
        echo.SetIdentifier(IDENTIFIER);
        echo.SetSequenceNumber(m_sequence);
        packet->AddHeader(echo);
        Icmpv4Header header;
        header.SetType(Icmpv4Header::ICMPV4_ECHO);
        header.SetCode(0);
        if (Node::ChecksumEnabled())
        {
            header.EnableChecksum();
        }
        packet->AddHeader(header);
        m_socket->Send(packet, 0);
    }

    void Receive(Ptr<Socket> socket)
    {
        Address from;
        Ptr<Packet> packet;
        while ((packet = socket->RecvFrom(from)))
        {
            Ipv4Header ip;
            packet->RemoveHeader(ip);
            Icmpv4Header icmp;
            packet->RemoveHeader(icmp);
            if (icmp.GetType() != Icmpv4Header::ICMPV4_ECHO_REPLY)
            {
                continue;
            }
            Icmpv4Echo echo;
            packet->RemoveHeader(echo);
            if (echo.GetIdentifier() != IDENTIFIER || echo.GetSequenceNumber() != m_sequence)
            {
                continue;
            }
            m_replies++;
            m_sequence++;
            if (m_replies == m_warmUp)
            {
                m_wallStart = std::chrono::steady_clock::now();
                m_simStart = Simulator::Now();
            }
            if (m_replies == m_total)
            {
                m_wallEnd = std::chrono::steady_clock::now();
                m_simEnd = Simulator::Now();
                continue;
            }
            Send();
        }
    }

    uint64_t Replies() const
    {
        return m_replies;
    }

    int64_t WallNs() const
    {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(m_wallEnd - m_wallStart).count();
    }

    int64_t SimNs() const
    {
        return (m_simEnd - m_simStart).GetNanoSeconds();
    }

  private:
    Ptr<Socket> m_socket;
    Ipv4Address m_remote;
    uint64_t m_warmUp;
    uint64_t m_total;
    uint64_t m_replies = 0;
    uint16_t m_sequence = 0;
    uint8_t m_data[DATA_LENGTH];
    std::chrono::steady_clock::time_point m_wallStart;
    std::chrono::steady_clock::time_point m_wallEnd;
    Time m_simStart;
    Time m_simEnd;
};

uint64_t Argument(const char* text)
{
    char* end = nullptr;
    const unsigned long long value = std::strtoull(text, &end, 10);
    if (end == text || *end != '\0')
    {
        std::cerr << "nslab-ns3-echo: not a number: " << text << std::endl;
        std::exit(2);
    }
    return value;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc != 4)
    {
        std::cerr << "usage: nslab-ns3-echo ROUTERS WARMUP ROUND_TRIPS" << std::endl;
        return 2;
    }
    const uint32_t routers = static_cast<uint32_t>(Argument(argv[1]));
    const uint64_t warmUp = Argument(argv[2]);
    const uint64_t timed = Argument(argv[3]);
    if (warmUp == 0 || timed == 0)
    {
        std::cerr << "nslab-ns3-echo: WARMUP and ROUND_TRIPS must be at least 1" << std::endl;
        return 2;
    }
    const uint32_t links = routers + 1;

    NodeContainer line;
    line.Create(routers + 2);
    InternetStackHelper internet;
    Ipv4StaticRoutingHelper staticRouting;
    internet.SetRoutingHelper(staticRouting);
    internet.Install(line);

    PointToPointHelper pointToPoint;
    pointToPoint.SetDeviceAttribute("DataRate", StringValue("100Gbps"));
    pointToPoint.SetChannelAttribute("Delay", StringValue("0ns"));
    // leftInterface[k] / rightInterface[k]: link k's interface index on node k / node k + 1.
    std::vector<uint32_t> leftInterface(links);
    std::vector<uint32_t> rightInterface(links);
    for (uint32_t k = 0; k < links; k++)
    {
        NetDeviceContainer devices = pointToPoint.Install(line.Get(k), line.Get(k + 1));
        Ipv4AddressHelper addresses;
        addresses.SetBase(Subnet(k), "255.255.255.0");
        addresses.Assign(devices);
        leftInterface[k] = line.Get(k)->GetObject<Ipv4>()->GetInterfaceForDevice(devices.Get(0));
        rightInterface[k] = line.Get(k + 1)->GetObject<Ipv4>()->GetInterfaceForDevice(devices.Get(1));
    }
    Ptr<Node> client = line.Get(0);
    Ptr<Node> server = line.Get(routers + 1);
    if (routers > 0)
    {
        staticRouting.GetStaticRouting(client->GetObject<Ipv4>())
            ->SetDefaultRoute(RightAddress(0), leftInterface[0]);
        staticRouting.GetStaticRouting(server->GetObject<Ipv4>())
            ->SetDefaultRoute(LeftAddress(links - 1), rightInterface[links - 1]);
    }
    const Ipv4Mask mask("255.255.255.0");
    for (uint32_t i = 1; i <= routers; i++)
    {
        Ptr<Ipv4StaticRouting> routes = staticRouting.GetStaticRouting(line.Get(i)->GetObject<Ipv4>());
        // Router i sits between link i-1 (on its left) and link i (on its right).
        if (i - 1 > 0)
        {
            routes->AddNetworkRouteTo(Subnet(0), mask, LeftAddress(i - 1), rightInterface[i - 1]);
        }
        if (i < links - 1)
        {
            routes->AddNetworkRouteTo(Subnet(links - 1), mask, RightAddress(i), leftInterface[i]);
        }
    }

    Pinger pinger(client, RightAddress(links - 1), warmUp, timed);
    Simulator::ScheduleWithContext(client->GetId(), Seconds(0), &Pinger::Send, &pinger);
    Simulator::Run();
    const uint64_t replies = pinger.Replies();
    Simulator::Destroy();
    if (replies != warmUp + timed)
    {
        std::cerr << "nslab-ns3-echo: " << replies << " of " << warmUp + timed << " echo replies came back"
                  << std::endl;
        return 1;
    }
    std::cout << "ns3-echo routers=" << routers << " round_trips=" << timed << " wall_ns=" << pinger.WallNs()
              << " sim_ns=" << pinger.SimNs() << std::endl;
    return 0;
}
