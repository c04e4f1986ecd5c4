// 宣传周动态: the member units' reports that the committee office published (after WeChat's
// content checks), newest first; absent until there is one. A card opens in place to the full
// text and every photo.
import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { LoadState } from '@/components/load-state'
import type { NewsItem } from '@/contracts/filings'
import { dayOf, formatDayLabel } from '@/domain/time'
import { callCloud } from '@/services/cloud'
import { useCloud } from '@/services/use-cloud'
import './home-news.scss'

const THUMBNAILS = 3
/** About three lines on a phone: longer text is clipped until the card is opened. */
const CLIPPED_CHARS = 66

export function HomeNews() {
  const first = useCloud('filings', 'news', {})
  const [later, setLater] = useState<{ items: NewsItem[]; hasMore: boolean }>()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string>()

  if (first.status === 'loading') return null
  if (first.status === 'failed') {
    return (
      <View className="home__section" role="region" ariaLabel="宣传周动态">
        <Text className="home__heading">宣传周动态</Text>
        <LoadState error={first.error} onRetry={first.reload} />
      </View>
    )
  }
  const items = [...first.data.items, ...(later?.items ?? [])]
  if (items.length === 0) return null
  const hasMore = later ? later.hasMore : first.data.hasMore

  const loadMore = async () => {
    if (busy) return
    setBusy(true)
    const result = await callCloud('filings', 'news', { offset: items.length })
    setBusy(false)
    setProblem(result.ok ? undefined : result.error.message)
    if (result.ok) {
      setLater({
        items: [...(later?.items ?? []), ...result.data.items],
        hasMore: result.data.hasMore,
      })
    }
  }

  return (
    <View className="home__section" role="region" ariaLabel="宣传周动态">
      <Text className="home__heading">宣传周动态</Text>
      <View className="news" role="list" ariaLabel="宣传周动态列表">
        {items.map((item) => (
          <NewsCard key={item.reportId} item={item} />
        ))}
      </View>
      {problem && (
        <View className="news__problem" role="alert">
          <Text>{problem}</Text>
        </View>
      )}
      {hasMore && (
        <View className="news__more" role="button" onClick={() => void loadMore()}>
          <Text>{busy ? '正在加载…' : '查看更多动态'}</Text>
        </View>
      )}
    </View>
  )
}

function NewsCard({ item }: { item: NewsItem }) {
  const [open, setOpen] = useState(false)
  const photos = open ? item.photoUrls : item.photoUrls.slice(0, THUMBNAILS)
  const hidden = item.photoUrls.length - photos.length
  const opens = item.text.length > CLIPPED_CHARS || item.photoUrls.length > THUMBNAILS
  return (
    <View className="news__card" role="listitem" ariaLabel={item.title}>
      <Text className="news__title">{item.title}</Text>
      <Text className="news__meta">
        {item.unitName} · {formatDayLabel(dayOf(item.publishedAt))}
      </Text>
      <Text className={`news__text${open ? '' : ' news__text--clipped'}`}>{item.text}</Text>
      {photos.length > 0 && (
        <View className={`news__photos${open ? ' news__photos--open' : ''}`}>
          {photos.map((url, i) => (
            <View
              key={url}
              className="news__photo"
              role="button"
              ariaLabel={`第${i + 1}张照片，点按查看大图`}
              onClick={() => void Taro.previewImage({ urls: item.photoUrls, current: url })}
            >
              <Image className="news__image" src={url} mode="aspectFill" lazyLoad />
              {i === photos.length - 1 && hidden > 0 && (
                <Text className="news__hidden">+{hidden}</Text>
              )}
            </View>
          ))}
        </View>
      )}
      {opens && (
        <View
          className="news__toggle"
          role="button"
          aria-expanded={open ? 'true' : 'false'}
          onClick={() => setOpen(!open)}
        >
          <Text>{open ? '收起' : '展开全文'}</Text>
        </View>
      )}
    </View>
  )
}
