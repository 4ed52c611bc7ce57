/** Download tools, scripting HTTP clients and headless browsers: what rips streams rather than plays them. */
const highRisk = /\b(curl|wget|python-requests|python-urllib|aiohttp|httpx|go-http-client|libwww-perl|httpie|scrapy|yt-dlp|youtube-dl|lavf|headlesschrome|phantomjs|java\/|node-fetch|axios|undici)\b/i;

export function isHighRiskUserAgent(userAgent: string): boolean {
  return highRisk.test(userAgent);
}
